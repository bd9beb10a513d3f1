-- MySQL 8.0/8.4 Reference Manual (dev.mysql.com/doc/refman): statements of the shapes its SQL
-- statement chapters show, written from those pages; each entry names the page and section.

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/create-table.html
-- @ kind=ddl feature=create-table,if-not-exists,charset
CREATE TABLE IF NOT EXISTS t1 (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT,
  name VARCHAR(64) NOT NULL DEFAULT '',
  created_at DATETIME(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
  PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;
-- @ kind=ddl feature=create-table,qualified
CREATE TABLE shop.orders (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, total DECIMAL(10,2) NOT NULL);
-- @ kind=ddl feature=create-table,temporary
CREATE TEMPORARY TABLE tmp_totals (customer_id BIGINT, total DECIMAL(12,2));
-- @ kind=ddl feature=create-table,column-types
CREATE TABLE types_demo (
  a TINYINT(1), b SMALLINT UNSIGNED ZEROFILL, c MEDIUMINT, d BIGINT UNSIGNED,
  e FLOAT(7,4), f DOUBLE PRECISION, g DECIMAL(65,30), h BIT(8),
  i DATE, j TIME(3), k TIMESTAMP NULL, l YEAR,
  m CHAR(10) BINARY, n VARBINARY(255), o TINYTEXT, p MEDIUMBLOB, q LONGTEXT CHARACTER SET latin1,
  r ENUM('small','medium','large') NOT NULL DEFAULT 'small', s SET('a','b','c'), t JSON
);
-- @ kind=ddl feature=create-table,spatial
CREATE TABLE geom (g GEOMETRY NOT NULL SRID 4326, p POINT, SPATIAL INDEX(g));
-- @ kind=ddl feature=create-table,fulltext
CREATE TABLE articles (id INT UNSIGNED AUTO_INCREMENT NOT NULL PRIMARY KEY, title VARCHAR(200), body TEXT, FULLTEXT (title, body)) ENGINE=InnoDB;
-- @ kind=ddl feature=create-table,fulltext,with-parser source=https://dev.mysql.com/doc/refman/8.0/en/fulltext-search-ngram.html
CREATE TABLE articles_ngram (id INT UNSIGNED AUTO_INCREMENT NOT NULL PRIMARY KEY, title VARCHAR(200), FULLTEXT (title) WITH PARSER ngram) ENGINE=InnoDB CHARACTER SET utf8mb4;
-- @ kind=ddl feature=create-table,table-option
CREATE TABLE t2 (a INT) ENGINE=InnoDB ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8 STATS_PERSISTENT=1 COMMENT='compressed';
-- @ kind=ddl feature=create-table,table-option,tablespace
CREATE TABLE t3 (c1 INT PRIMARY KEY) TABLESPACE ts1 ROW_FORMAT=DYNAMIC;
-- @ kind=ddl feature=create-table,table-option,auto-increment
CREATE TABLE t4 (id INT AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 1000;
-- @ kind=ddl feature=create-table,invisible-column source=https://dev.mysql.com/doc/refman/8.0/en/invisible-columns.html
CREATE TABLE t5 (i INT, j DATE INVISIBLE);
-- @ kind=ddl feature=create-table,invisible-index source=https://dev.mysql.com/doc/refman/8.0/en/invisible-indexes.html
CREATE TABLE t6 (i INT, j INT, k INT, INDEX i_idx (i) INVISIBLE) ENGINE = InnoDB;
-- @ kind=ddl feature=create-table,descending-index source=https://dev.mysql.com/doc/refman/8.0/en/descending-indexes.html
CREATE TABLE t7 (c1 INT, c2 INT, INDEX idx1 (c1 ASC, c2 ASC), INDEX idx2 (c1 ASC, c2 DESC), INDEX idx3 (c1 DESC, c2 ASC));
-- @ kind=ddl feature=create-table,prefix-index
CREATE TABLE t8 (name VARCHAR(255), INDEX name_prefix (name(10)));
-- @ kind=ddl feature=create-table,column-comment,column-collate
CREATE TABLE t9 (code CHAR(3) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'ISO code', UNIQUE KEY uk_code (code));
-- @ kind=ddl feature=create-table,default-expression source=https://dev.mysql.com/doc/refman/8.0/en/data-type-defaults.html
CREATE TABLE t10 (
  i INT DEFAULT -1,
  c VARCHAR(10) DEFAULT '',
  price DOUBLE(16,2) DEFAULT 0.00,
  f FLOAT DEFAULT (RAND() * RAND()),
  b BINARY(16) DEFAULT (UUID_TO_BIN(UUID())),
  d DATE DEFAULT (CURRENT_DATE + INTERVAL 1 YEAR),
  p POINT DEFAULT (Point(0,0)),
  j JSON DEFAULT (JSON_ARRAY())
);
-- @ kind=ddl feature=create-table,on-update-current-timestamp source=https://dev.mysql.com/doc/refman/8.0/en/timestamp-initialization.html
CREATE TABLE t11 (ts TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, dt DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);
-- @ kind=ddl feature=create-table-like source=https://dev.mysql.com/doc/refman/8.0/en/create-table-like.html
CREATE TABLE new_tbl LIKE orig_tbl;
-- @ kind=ddl feature=create-table-as-select source=https://dev.mysql.com/doc/refman/8.0/en/create-table-select.html
CREATE TABLE test (a INT NOT NULL AUTO_INCREMENT, PRIMARY KEY (a), KEY(b)) ENGINE=InnoDB SELECT b,c FROM test2;
-- @ kind=ddl feature=create-table-as-select source=https://dev.mysql.com/doc/refman/8.0/en/create-table-select.html
CREATE TABLE artists_and_works SELECT artist.name, COUNT(work.artist_id) AS number_of_works FROM artist LEFT JOIN work ON artist.id = work.artist_id GROUP BY artist.id;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/create-table-generated-columns.html
-- @ kind=ddl feature=generated-column
CREATE TABLE triangle (
  sidea DOUBLE,
  sideb DOUBLE,
  sidec DOUBLE AS (SQRT(sidea * sidea + sideb * sideb))
);
-- @ kind=ddl feature=generated-column,stored
CREATE TABLE t1 (first_name VARCHAR(10), last_name VARCHAR(10), full_name VARCHAR(255) GENERATED ALWAYS AS (CONCAT(first_name,' ',last_name)) STORED NOT NULL);
-- @ kind=ddl feature=generated-column,virtual,index source=https://dev.mysql.com/doc/refman/8.0/en/create-table-secondary-indexes.html
CREATE TABLE jemp (c JSON, g INT GENERATED ALWAYS AS (c->"$.id") VIRTUAL, INDEX i (g));
-- @ kind=ddl feature=generated-column,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-generated-columns.html
ALTER TABLE t1 ADD COLUMN c2 INT GENERATED ALWAYS AS (c1 + 1) STORED;
-- @ kind=ddl feature=generated-column,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-generated-columns.html
ALTER TABLE t1 MODIFY COLUMN c2 TINYINT GENERATED ALWAYS AS (c1 + 5) STORED;
-- @ kind=ddl feature=generated-column,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-generated-columns.html
ALTER TABLE t1 CHANGE c2 c3 INT GENERATED ALWAYS AS (c1 + 1) STORED;
-- @ kind=ddl feature=generated-column,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-generated-columns.html
ALTER TABLE t1 MODIFY COLUMN c2 INT GENERATED ALWAYS AS (c1 + 1) VIRTUAL;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/create-table-check-constraints.html
-- @ kind=ddl feature=check-constraint
CREATE TABLE t1 (
  CHECK (c1 <> c2),
  c1 INT CHECK (c1 > 10),
  c2 INT CONSTRAINT c2_positive CHECK (c2 > 0),
  c3 INT CHECK (c3 < 100),
  CONSTRAINT c1_nonzero CHECK (c1 <> 0),
  CHECK (c1 > c3)
);
-- @ kind=ddl feature=check-constraint,not-enforced
CREATE TABLE t2 (c1 INT, CONSTRAINT chk_c1 CHECK (c1 > 0) NOT ENFORCED);
-- @ kind=ddl feature=check-constraint,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-foreign-key
ALTER TABLE t2 ADD CONSTRAINT chk_c1_max CHECK (c1 < 1000) ENFORCED;
-- @ kind=ddl feature=check-constraint,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
ALTER TABLE t2 DROP CHECK chk_c1;
-- @ kind=ddl feature=check-constraint,alter-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
ALTER TABLE t2 ALTER CHECK chk_c1_max NOT ENFORCED;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/create-index.html#create-index-functional-key-parts
-- @ kind=ddl feature=functional-index
CREATE TABLE t1 (col1 INT, col2 INT, INDEX func_index ((ABS(col1))));
-- @ kind=ddl feature=functional-index
CREATE INDEX idx1 ON t1 ((col1 + col2));
-- @ kind=ddl feature=functional-index
CREATE INDEX idx2 ON t1 ((col1 + col2), (col1 - col2), col1);
-- @ kind=ddl feature=functional-index
ALTER TABLE t1 ADD INDEX ((col1 * 40) DESC);
-- @ kind=ddl feature=functional-index,json
CREATE TABLE employees (data JSON, INDEX idx ((CAST(data->>'$.name' AS CHAR(30)) COLLATE utf8mb4_bin)));
-- @ kind=ddl feature=multi-valued-index,json source=https://dev.mysql.com/doc/refman/8.0/en/create-index.html#create-index-multi-valued
CREATE TABLE customers (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, modified DATETIME DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, custinfo JSON, INDEX zips( (CAST(custinfo->'$.zip' AS UNSIGNED ARRAY)) ));
-- @ kind=ddl feature=multi-valued-index,json source=https://dev.mysql.com/doc/refman/8.0/en/create-index.html#create-index-multi-valued
ALTER TABLE customers ADD INDEX comp(id, modified, (CAST(custinfo->'$.zipcode' AS UNSIGNED ARRAY)));
-- @ kind=ddl feature=create-index,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/create-index.html
CREATE UNIQUE INDEX uk_email USING BTREE ON users (email) ALGORITHM=INPLACE LOCK=NONE;
-- @ kind=ddl feature=create-index,fulltext source=https://dev.mysql.com/doc/refman/8.0/en/create-index.html
CREATE FULLTEXT INDEX ft_body ON articles (body);
-- @ kind=ddl feature=create-index,spatial source=https://dev.mysql.com/doc/refman/8.0/en/create-index.html
CREATE SPATIAL INDEX sp_g ON geom (g);
-- @ kind=ddl feature=drop-index,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/drop-index.html
DROP INDEX `PRIMARY` ON t ALGORITHM=INPLACE LOCK=NONE;
-- @ kind=ddl feature=drop-index source=https://dev.mysql.com/doc/refman/8.0/en/drop-index.html
DROP INDEX idx1 ON t1;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html
-- @ kind=ddl feature=alter-table,add-column,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl_name ADD COLUMN column_name VARCHAR(100) NULL, ALGORITHM=INSTANT;
-- @ kind=ddl feature=alter-table,add-column,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl_name ADD COLUMN c2 INT NOT NULL DEFAULT 0 AFTER c1, ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,add-column,column-position
ALTER TABLE t1 ADD COLUMN c0 INT FIRST;
-- @ kind=ddl feature=alter-table,add-column,multiple
ALTER TABLE t1 ADD COLUMN (c5 INT, c6 VARCHAR(10) NOT NULL DEFAULT 'n/a');
-- @ kind=ddl feature=alter-table,drop-column,algorithm source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl_name DROP COLUMN column_name, ALGORITHM=INSTANT;
-- @ kind=ddl feature=alter-table,rename-column,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl CHANGE old_col_name new_col_name INT, ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,rename-column
ALTER TABLE t1 RENAME COLUMN a TO b;
-- @ kind=ddl feature=alter-table,modify-column,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl_name MODIFY COLUMN col_name VARCHAR(255), ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,modify-column,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl_name MODIFY COLUMN col_name INT NOT NULL, ALGORITHM=COPY, LOCK=SHARED;
-- @ kind=ddl feature=alter-table,alter-column,default source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl ALTER COLUMN col SET DEFAULT 'literal', ALGORITHM=INSTANT;
-- @ kind=ddl feature=alter-table,alter-column,default
ALTER TABLE tbl ALTER COLUMN col DROP DEFAULT;
-- @ kind=ddl feature=alter-table,alter-column,invisible-column source=https://dev.mysql.com/doc/refman/8.0/en/invisible-columns.html
ALTER TABLE t1 ALTER COLUMN j SET VISIBLE;
-- @ kind=ddl feature=alter-table,auto-increment source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-column-operations
ALTER TABLE tbl_name AUTO_INCREMENT=1000, ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,add-primary-key,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-primary-key-operations
ALTER TABLE tbl_name ADD PRIMARY KEY (id), ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,drop-primary-key source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-primary-key-operations
ALTER TABLE tbl_name DROP PRIMARY KEY, ALGORITHM=COPY;
-- @ kind=ddl feature=alter-table,drop-primary-key,add-primary-key source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-primary-key-operations
ALTER TABLE tbl_name DROP PRIMARY KEY, ADD PRIMARY KEY (id, created_at), ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,add-index,algorithm,lock source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-index-operations
ALTER TABLE tbl_name ADD INDEX idx_name (c1, c2), ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,drop-index source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-index-operations
ALTER TABLE tbl_name DROP INDEX i1, ADD INDEX i1(c1, c2) USING BTREE, ALGORITHM=INSTANT;
-- @ kind=ddl feature=alter-table,rename-index source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-index-operations
ALTER TABLE tbl RENAME INDEX old_index_name TO new_index_name, ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,add-fulltext-index source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-index-operations
ALTER TABLE tbl_name ADD FULLTEXT INDEX ft_title (title), ADD FULLTEXT INDEX ft_body (body), ALGORITHM=COPY;
-- @ kind=ddl feature=alter-table,alter-index,invisible-index source=https://dev.mysql.com/doc/refman/8.0/en/invisible-indexes.html
ALTER TABLE t1 ALTER INDEX i_idx INVISIBLE;
-- @ kind=ddl feature=alter-table,foreign-key source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-foreign-key-operations
ALTER TABLE tbl1 ADD CONSTRAINT fk_name FOREIGN KEY fk_idx (col1) REFERENCES tbl2(col2) ON DELETE SET NULL ON UPDATE RESTRICT;
-- @ kind=ddl feature=alter-table,foreign-key source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-foreign-key-operations
ALTER TABLE tbl DROP FOREIGN KEY fk_name;
-- @ kind=ddl feature=alter-table,convert-charset source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-character-set
ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
-- @ kind=ddl feature=alter-table,charset source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-character-set
ALTER TABLE t DEFAULT CHARACTER SET latin1;
-- @ kind=ddl feature=alter-table,engine source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-storage-engine
ALTER TABLE t1 ENGINE = InnoDB;
-- @ kind=ddl feature=alter-table,engine
ALTER TABLE t1 ENGINE = BLACKHOLE;
-- @ kind=ddl feature=alter-table,table-option source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-table-operations
ALTER TABLE tbl_name ROW_FORMAT = DYNAMIC, ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,force source=https://dev.mysql.com/doc/refman/8.0/en/innodb-online-ddl-operations.html#online-ddl-table-operations
ALTER TABLE tbl_name FORCE, ALGORITHM=INPLACE, LOCK=NONE;
-- @ kind=ddl feature=alter-table,rename-table source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-examples
ALTER TABLE t1 RENAME t2;
-- @ kind=ddl feature=alter-table,modify-column,change-column source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-examples
ALTER TABLE t2 MODIFY a TINYINT NOT NULL, CHANGE b c CHAR(20);
-- @ kind=ddl feature=alter-table,add-column,add-index source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-examples
ALTER TABLE t2 ADD d TIMESTAMP;
-- @ kind=ddl feature=alter-table,add-index,unique source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-examples
ALTER TABLE t2 ADD INDEX (d), ADD UNIQUE (a);
-- @ kind=ddl feature=alter-table,drop-column source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-examples
ALTER TABLE t2 DROP COLUMN c;
-- @ kind=ddl feature=alter-table,add-column,auto-increment source=https://dev.mysql.com/doc/refman/8.0/en/alter-table.html#alter-table-examples
ALTER TABLE t2 ADD c INT UNSIGNED NOT NULL AUTO_INCREMENT, ADD PRIMARY KEY (c);
-- @ kind=ddl feature=alter-table,order-by
ALTER TABLE t1 ORDER BY c1;
-- @ kind=ddl feature=alter-table,keys
ALTER TABLE t1 DISABLE KEYS;
-- @ kind=ddl feature=alter-table,tablespace
ALTER TABLE t1 DISCARD TABLESPACE;
-- @ kind=ddl feature=alter-table,ignore engine=MARIADB source=https://mariadb.com/kb/en/alter-table/#ignore note=removed_from_MySQL_in_5.7
ALTER IGNORE TABLE t1 ADD UNIQUE INDEX uk_a (a);
-- @ kind=ddl feature=alter-table,qualified
ALTER TABLE shop.orders ADD COLUMN note TEXT NULL;
-- @ kind=ddl feature=alter-table,secondary-engine
ALTER TABLE orders SECONDARY_ENGINE = RAPID;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-types.html
-- @ kind=ddl feature=partition-range source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-range.html
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE NOT NULL DEFAULT '9999-12-31',
    job_code INT NOT NULL,
    store_id INT NOT NULL
)
PARTITION BY RANGE (store_id) (
    PARTITION p0 VALUES LESS THAN (6),
    PARTITION p1 VALUES LESS THAN (11),
    PARTITION p2 VALUES LESS THAN (16),
    PARTITION p3 VALUES LESS THAN MAXVALUE
);
-- @ kind=ddl feature=partition-range,partition-function source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-range.html
CREATE TABLE members (
    firstname VARCHAR(25) NOT NULL,
    lastname VARCHAR(25) NOT NULL,
    username VARCHAR(16) NOT NULL,
    email VARCHAR(35),
    joined DATE NOT NULL
)
PARTITION BY RANGE( YEAR(joined) ) (
    PARTITION p0 VALUES LESS THAN (1960),
    PARTITION p1 VALUES LESS THAN (1970),
    PARTITION p2 VALUES LESS THAN (1980),
    PARTITION p3 VALUES LESS THAN (1990),
    PARTITION p4 VALUES LESS THAN MAXVALUE
);
-- @ kind=ddl feature=partition-range-columns source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-columns-range.html
CREATE TABLE rcx (
    a INT,
    b INT,
    c CHAR(3),
    d INT
)
PARTITION BY RANGE COLUMNS(a,d,c) (
    PARTITION p0 VALUES LESS THAN (5,10,'ggg'),
    PARTITION p1 VALUES LESS THAN (10,20,'mmm'),
    PARTITION p2 VALUES LESS THAN (15,30,'sss'),
    PARTITION p3 VALUES LESS THAN (MAXVALUE,MAXVALUE,MAXVALUE)
);
-- @ kind=ddl feature=partition-list source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-list.html
CREATE TABLE employees_list (
    id INT NOT NULL,
    store_id INT
)
PARTITION BY LIST(store_id) (
    PARTITION pNorth VALUES IN (3,5,6,9,17),
    PARTITION pEast VALUES IN (1,2,10,11,19,20),
    PARTITION pWest VALUES IN (4,12,13,14,18),
    PARTITION pCentral VALUES IN (7,8,15,16)
);
-- @ kind=ddl feature=partition-list-columns source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-columns-list.html
CREATE TABLE customers_1 (
    first_name VARCHAR(25),
    last_name VARCHAR(25),
    city VARCHAR(15),
    renewal DATE
)
PARTITION BY LIST COLUMNS(city) (
    PARTITION pRegion_1 VALUES IN('Oskarshamn', 'Högsby', 'Mönsterås'),
    PARTITION pRegion_2 VALUES IN('Vimmerby', 'Hultsfred', 'Västervik')
);
-- @ kind=ddl feature=partition-hash source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-hash.html
CREATE TABLE employees_hash (id INT NOT NULL, hired DATE NOT NULL DEFAULT '1970-01-01', store_id INT) PARTITION BY HASH( YEAR(hired) ) PARTITIONS 4;
-- @ kind=ddl feature=partition-linear-hash source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-linear-hash.html
CREATE TABLE employees_lh (id INT NOT NULL, hired DATE NOT NULL DEFAULT '1970-01-01') PARTITION BY LINEAR HASH( YEAR(hired) ) PARTITIONS 4;
-- @ kind=ddl feature=partition-key source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-key.html
CREATE TABLE tm1 (s1 CHAR(32) PRIMARY KEY) PARTITION BY KEY(s1) PARTITIONS 10;
-- @ kind=ddl feature=partition-linear-key source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-key.html
CREATE TABLE tk (col1 INT NOT NULL, col2 CHAR(5), col3 DATE) PARTITION BY LINEAR KEY (col1) PARTITIONS 3;
-- @ kind=ddl feature=partition-range,subpartition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-subpartitions.html
CREATE TABLE ts (id INT, purchased DATE)
    PARTITION BY RANGE( YEAR(purchased) )
    SUBPARTITION BY HASH( TO_DAYS(purchased) )
    SUBPARTITIONS 2 (
        PARTITION p0 VALUES LESS THAN (1990),
        PARTITION p1 VALUES LESS THAN (2000),
        PARTITION p2 VALUES LESS THAN MAXVALUE
    );
-- @ kind=ddl feature=partition-alter,add-partition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-range-list.html
ALTER TABLE members ADD PARTITION (PARTITION p3 VALUES LESS THAN (2010));
-- @ kind=ddl feature=partition-alter,drop-partition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-range-list.html
ALTER TABLE tr DROP PARTITION p2;
-- @ kind=ddl feature=partition-alter,reorganize-partition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-range-list.html
ALTER TABLE members REORGANIZE PARTITION n0 INTO (
    PARTITION s0 VALUES LESS THAN (1960),
    PARTITION s1 VALUES LESS THAN (1970)
);
-- @ kind=ddl feature=partition-alter,coalesce-partition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-hash-key.html
ALTER TABLE clients COALESCE PARTITION 4;
-- @ kind=ddl feature=partition-alter,add-partition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-hash-key.html
ALTER TABLE clients ADD PARTITION PARTITIONS 6;
-- @ kind=ddl feature=partition-alter,exchange-partition source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-management-exchange.html
ALTER TABLE e EXCHANGE PARTITION p0 WITH TABLE e2 WITHOUT VALIDATION;
-- @ kind=ddl feature=partition-alter,truncate-partition source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-partition-operations.html
ALTER TABLE t1 TRUNCATE PARTITION p0, p1;
-- @ kind=ddl feature=partition-alter,maintenance source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-maintenance.html
ALTER TABLE t1 REBUILD PARTITION p0, p1;
-- @ kind=ddl feature=partition-alter,maintenance source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-maintenance.html
ALTER TABLE t1 OPTIMIZE PARTITION p0, p1;
-- @ kind=ddl feature=partition-alter,maintenance source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-maintenance.html
ALTER TABLE t1 ANALYZE PARTITION p3;
-- @ kind=ddl feature=partition-alter,remove-partitioning source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-partition-operations.html
ALTER TABLE t1 REMOVE PARTITIONING;
-- @ kind=ddl feature=partition-alter,partition-by source=https://dev.mysql.com/doc/refman/8.0/en/alter-table-partition-operations.html
ALTER TABLE t1 PARTITION BY HASH(id) PARTITIONS 8;
-- @ kind=ddl feature=partition-range,executable-comment,mysql-comment,version,show-create-output source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-range.html note=SHOW_CREATE_TABLE_wraps_partitioning_in_a_versioned_comment
CREATE TABLE `tr` (
  `id` int DEFAULT NULL,
  `name` varchar(50) DEFAULT NULL,
  `purchased` date DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci
/*!50100 PARTITION BY RANGE (year(`purchased`))
(PARTITION p0 VALUES LESS THAN (1990) ENGINE = InnoDB,
 PARTITION p1 VALUES LESS THAN (1995) ENGINE = InnoDB,
 PARTITION p2 VALUES LESS THAN (2000) ENGINE = InnoDB,
 PARTITION p3 VALUES LESS THAN MAXVALUE ENGINE = InnoDB) */

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/comments.html
-- @ kind=query feature=executable-comment,mysql-comment
SELECT /*! STRAIGHT_JOIN */ col1 FROM table1,table2 WHERE col1 = col2;
-- @ kind=ddl feature=executable-comment,mysql-comment,version
CREATE TABLE t1(a INT, KEY (a)) /*!50110 KEY_BLOCK_SIZE=1024 */;
-- @ kind=ddl feature=executable-comment,mysql-comment,version,dump source=https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
/*!40101 SET NAMES utf8mb4 */;
-- @ kind=session feature=executable-comment,mysql-comment,version,dump source=https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
-- @ kind=session feature=executable-comment,mysql-comment,version,dump source=https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
/*!40101 SET @OLD_SQL_MODE=@@SQL_MODE, SQL_MODE='NO_AUTO_VALUE_ON_ZERO' */;
-- @ kind=admin feature=executable-comment,mysql-comment,version,dump source=https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
/*!40000 ALTER TABLE `t1` DISABLE KEYS */;
-- @ kind=ddl feature=executable-comment,mysql-comment,version,dump source=https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
CREATE DATABASE /*!32312 IF NOT EXISTS*/ `shop` /*!40100 DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci */ /*!80016 DEFAULT ENCRYPTION='N' */;
-- @ kind=ddl feature=executable-comment,mysql-comment,version,dump,create-view source=https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */
/*!50001 VIEW `v1` AS select `t1`.`a` AS `a` from `t1` */;
-- @ kind=query feature=optimizer-hint source=https://dev.mysql.com/doc/refman/8.0/en/optimizer-hints.html
SELECT /*+ NO_RANGE_OPTIMIZATION(t3 PRIMARY, f2_idx) */ f1 FROM t3 WHERE f1 > 30 AND f1 < 33;
-- @ kind=query feature=optimizer-hint source=https://dev.mysql.com/doc/refman/8.0/en/optimizer-hints.html
SELECT /*+ BKA(t1) NO_BKA(t2) */ * FROM t1 INNER JOIN t2 WHERE t1.a = t2.a;
-- @ kind=query feature=optimizer-hint source=https://dev.mysql.com/doc/refman/8.0/en/optimizer-hints.html
SELECT /*+ MAX_EXECUTION_TIME(1000) */ * FROM t1 INNER JOIN t2 WHERE t1.a = t2.a;
-- @ kind=query feature=optimizer-hint,index-hint source=https://dev.mysql.com/doc/refman/8.0/en/index-hints.html
SELECT * FROM t1 USE INDEX (i1) IGNORE INDEX FOR ORDER BY (i2) ORDER BY a;
-- @ kind=query feature=comment
SELECT 1 /* this is an in-line comment */ + 1;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/sql-data-manipulation-statements.html
-- @ kind=dml feature=insert,multi-row source=https://dev.mysql.com/doc/refman/8.0/en/insert.html
INSERT INTO tbl_name (a,b,c) VALUES(1,2,3), (4,5,6), (7,8,9);
-- @ kind=dml feature=insert,on-duplicate-key-update,row-alias source=https://dev.mysql.com/doc/refman/8.0/en/insert-on-duplicate.html
INSERT INTO t1 (a,b,c) VALUES (1,2,3),(4,5,6) AS new ON DUPLICATE KEY UPDATE c = new.a+new.b;
-- @ kind=dml feature=insert,on-duplicate-key-update source=https://dev.mysql.com/doc/refman/8.0/en/insert-on-duplicate.html
INSERT INTO t1 (a,b,c) VALUES (1,2,3) ON DUPLICATE KEY UPDATE c=c+1;
-- @ kind=dml feature=insert,select source=https://dev.mysql.com/doc/refman/8.0/en/insert-select.html
INSERT INTO tbl_temp2 (fld_id) SELECT tbl_temp1.fld_order_id FROM tbl_temp1 WHERE tbl_temp1.fld_order_id > 100;
-- @ kind=dml feature=insert,table-statement source=https://dev.mysql.com/doc/refman/8.0/en/insert-select.html
INSERT INTO ta TABLE tb;
-- @ kind=dml feature=insert,ignore,set source=https://dev.mysql.com/doc/refman/8.0/en/insert.html
INSERT IGNORE INTO t1 SET a = 1, b = DEFAULT;
-- @ kind=dml feature=insert,partition-selection source=https://dev.mysql.com/doc/refman/8.0/en/partitioning-selection.html
INSERT INTO employees PARTITION(p2) VALUES (20, 'Jan', 'Jones', 1, 3);
-- @ kind=dml feature=replace source=https://dev.mysql.com/doc/refman/8.0/en/replace.html
REPLACE INTO test VALUES (1, 'Old', '2014-08-20 18:47:00');
-- @ kind=dml feature=update,order-by-limit source=https://dev.mysql.com/doc/refman/8.0/en/update.html
UPDATE t SET id = id + 1 ORDER BY id DESC LIMIT 10;
-- @ kind=dml feature=update,multi-table source=https://dev.mysql.com/doc/refman/8.0/en/update.html
UPDATE items,month SET items.price=month.price WHERE items.id=month.id;
-- @ kind=dml feature=update,join source=https://dev.mysql.com/doc/refman/8.0/en/update.html
UPDATE items JOIN (SELECT id, MIN(price) AS p FROM items GROUP BY id) AS _items ON items.id = _items.id SET items.retail = _items.p * 0.9;
-- @ kind=dml feature=update,no-where
UPDATE accounts SET balance = 0;
-- @ kind=dml feature=update,always-true-where
UPDATE accounts SET balance = 0 WHERE 1 = 1;
-- @ kind=dml feature=delete source=https://dev.mysql.com/doc/refman/8.0/en/delete.html
DELETE FROM somelog WHERE user = 'jcole' ORDER BY timestamp_column LIMIT 1;
-- @ kind=dml feature=delete,multi-table source=https://dev.mysql.com/doc/refman/8.0/en/delete.html
DELETE t1, t2 FROM t1 INNER JOIN t2 INNER JOIN t3 WHERE t1.id=t2.id AND t2.id=t3.id;
-- @ kind=dml feature=delete,multi-table,using source=https://dev.mysql.com/doc/refman/8.0/en/delete.html
DELETE FROM t1, t2 USING t1 INNER JOIN t2 INNER JOIN t3 WHERE t1.id=t2.id AND t2.id=t3.id;
-- @ kind=dml feature=delete,alias source=https://dev.mysql.com/doc/refman/8.0/en/delete.html
DELETE t1 FROM t1 LEFT JOIN t2 ON t1.id=t2.id WHERE t2.id IS NULL;
-- @ kind=dml feature=delete,no-where
DELETE FROM audit_log;
-- @ kind=dml feature=load-data source=https://dev.mysql.com/doc/refman/8.0/en/load-data.html
LOAD DATA INFILE 'data.txt' INTO TABLE t1 FIELDS TERMINATED BY ',' OPTIONALLY ENCLOSED BY '"' LINES TERMINATED BY '\n' IGNORE 1 LINES (column1, @var1) SET column2 = @var1/100;
-- @ kind=query feature=select,cte source=https://dev.mysql.com/doc/refman/8.0/en/with.html
WITH cte1 AS (SELECT a, b FROM table1), cte2 AS (SELECT c, d FROM table2) SELECT b, d FROM cte1 JOIN cte2 WHERE cte1.a = cte2.c;
-- @ kind=query feature=select,recursive-cte source=https://dev.mysql.com/doc/refman/8.0/en/with.html
WITH RECURSIVE cte (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM cte WHERE n < 5) SELECT * FROM cte;
-- @ kind=query feature=select,window-function source=https://dev.mysql.com/doc/refman/8.0/en/window-functions-usage.html
SELECT year, country, product, profit, SUM(profit) OVER w AS country_profit FROM sales WINDOW w AS (PARTITION BY country) ORDER BY country, year, product, profit;
-- @ kind=query feature=select,lateral source=https://dev.mysql.com/doc/refman/8.0/en/lateral-derived-tables.html
SELECT salesperson.name, max_sale.amount FROM salesperson, LATERAL (SELECT MAX(amount) AS amount FROM all_sales WHERE all_sales.salesperson_id = salesperson.id) AS max_sale;
-- @ kind=query feature=select,json-table source=https://dev.mysql.com/doc/refman/8.0/en/json-table-functions.html
SELECT * FROM JSON_TABLE('[{"a":"3"},{"a":2},{"b":1},{"a":0},{"a":[1,2]}]', "$[*]" COLUMNS(rowid FOR ORDINALITY, ac VARCHAR(100) PATH "$.a" DEFAULT '111' ON EMPTY DEFAULT '999' ON ERROR)) AS tt;
-- @ kind=query feature=select,json-operator source=https://dev.mysql.com/doc/refman/8.0/en/json-search-functions.html
SELECT c, c->>'$.id', JSON_EXTRACT(c, '$.name') FROM jemp WHERE c->'$.id' > 1;
-- @ kind=query feature=select,for-update source=https://dev.mysql.com/doc/refman/8.0/en/innodb-locking-reads.html
SELECT * FROM t1 WHERE c1 = (SELECT c1 FROM t2 FOR UPDATE) FOR SHARE SKIP LOCKED;
-- @ kind=query feature=select,union source=https://dev.mysql.com/doc/refman/8.0/en/union.html
(SELECT a FROM t1 WHERE a=10 AND B=1 ORDER BY a LIMIT 10) UNION (SELECT a FROM t2 WHERE a=11 AND B=2 ORDER BY a LIMIT 10);
-- @ kind=query feature=select,intersect source=https://dev.mysql.com/doc/refman/8.0/en/intersect.html
TABLE a INTERSECT TABLE b;
-- @ kind=query feature=select,values-statement source=https://dev.mysql.com/doc/refman/8.0/en/values.html
VALUES ROW(1,-2,3), ROW(5,7,9), ROW(4,6,8);
-- @ kind=query feature=select,group-by-rollup source=https://dev.mysql.com/doc/refman/8.0/en/group-by-modifiers.html
SELECT year, country, product, SUM(profit) AS profit FROM sales GROUP BY year, country, product WITH ROLLUP;
-- @ kind=query feature=select,into-variables source=https://dev.mysql.com/doc/refman/8.0/en/select-into.html
SELECT id, data INTO @x, @y FROM test.t1 LIMIT 1;
-- @ kind=query feature=select,regexp source=https://dev.mysql.com/doc/refman/8.0/en/regexp.html
SELECT REGEXP_LIKE('CamelCase', 'CAMELCASE', 'c'), 'Michael!' REGEXP '.*';
-- @ kind=query feature=select,collate source=https://dev.mysql.com/doc/refman/8.0/en/charset-collate.html
SELECT k FROM t1 ORDER BY k COLLATE latin1_german2_ci;
-- @ kind=query feature=select,interval source=https://dev.mysql.com/doc/refman/8.0/en/date-and-time-functions.html
SELECT DATE_ADD('2018-05-01', INTERVAL 1 DAY), '2018-12-31 23:59:59' + INTERVAL 1 SECOND;
-- @ kind=query feature=select,cast source=https://dev.mysql.com/doc/refman/8.0/en/cast-functions.html
SELECT CAST('2019-10-31' AS DATE), CONVERT('abc' USING utf8mb4), CAST(1 AS UNSIGNED);
-- @ kind=query feature=select,user-variables source=https://dev.mysql.com/doc/refman/8.0/en/user-variables.html
SELECT @t1:=(@t2:=1)+@t3:=4, @t1, @t2, @t3;
-- @ kind=query feature=select,string-literals source=https://dev.mysql.com/doc/refman/8.0/en/string-literals.html
SELECT 'hello', '"hello"', '""hello""', 'hel''lo', '\'hello', _utf8mb4'abc' COLLATE utf8mb4_bin, X'4D7953514C', 0x41, b'1000001';

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/sql-data-definition-statements.html
-- @ kind=ddl feature=create-database source=https://dev.mysql.com/doc/refman/8.0/en/create-database.html
CREATE DATABASE IF NOT EXISTS menagerie CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;
-- @ kind=ddl feature=create-schema source=https://dev.mysql.com/doc/refman/8.0/en/create-database.html
CREATE SCHEMA analytics DEFAULT ENCRYPTION = 'N';
-- @ kind=ddl feature=alter-database source=https://dev.mysql.com/doc/refman/8.0/en/alter-database.html
ALTER DATABASE mydb READ ONLY = 1;
-- @ kind=ddl feature=drop-database source=https://dev.mysql.com/doc/refman/8.0/en/drop-database.html
DROP SCHEMA IF EXISTS analytics;
-- @ kind=ddl feature=drop-table source=https://dev.mysql.com/doc/refman/8.0/en/drop-table.html
DROP TEMPORARY TABLE IF EXISTS tmp_totals;
-- @ kind=ddl feature=drop-table,restrict source=https://dev.mysql.com/doc/refman/8.0/en/drop-table.html
DROP TABLE IF EXISTS shop.orders, shop.order_items RESTRICT;
-- @ kind=ddl feature=rename-table source=https://dev.mysql.com/doc/refman/8.0/en/rename-table.html
RENAME TABLE old_table TO tmp_table, new_table TO old_table, tmp_table TO new_table;
-- @ kind=ddl feature=rename-table,qualified source=https://dev.mysql.com/doc/refman/8.0/en/rename-table.html
RENAME TABLE current_db.tbl_name TO other_db.tbl_name;
-- @ kind=ddl feature=truncate source=https://dev.mysql.com/doc/refman/8.0/en/truncate-table.html
TRUNCATE TABLE shop.orders;
-- @ kind=ddl feature=create-view source=https://dev.mysql.com/doc/refman/8.0/en/create-view.html
CREATE VIEW test.v AS SELECT * FROM t;
-- @ kind=ddl feature=create-view,or-replace source=https://dev.mysql.com/doc/refman/8.0/en/create-view.html
CREATE OR REPLACE ALGORITHM=MERGE DEFINER=`admin`@`localhost` SQL SECURITY INVOKER VIEW v_today (today) AS SELECT CURRENT_DATE WITH CASCADED CHECK OPTION;
-- @ kind=ddl feature=alter-view source=https://dev.mysql.com/doc/refman/8.0/en/alter-view.html
ALTER VIEW v_today AS SELECT CURRENT_DATE + INTERVAL 1 DAY;
-- @ kind=ddl feature=drop-view source=https://dev.mysql.com/doc/refman/8.0/en/drop-view.html
DROP VIEW IF EXISTS v_today, test.v CASCADE;
-- @ kind=ddl feature=tablespace source=https://dev.mysql.com/doc/refman/8.0/en/create-tablespace.html
CREATE TABLESPACE `ts1` ADD DATAFILE 'ts1.ibd' Engine=InnoDB;
-- @ kind=ddl feature=tablespace source=https://dev.mysql.com/doc/refman/8.0/en/drop-tablespace.html
DROP TABLESPACE `ts1`;
-- @ kind=ddl feature=spatial-reference-system source=https://dev.mysql.com/doc/refman/8.0/en/create-spatial-reference-system.html
DROP SPATIAL REFERENCE SYSTEM IF EXISTS 4120;
-- @ kind=ddl feature=server source=https://dev.mysql.com/doc/refman/8.0/en/create-server.html
CREATE SERVER s FOREIGN DATA WRAPPER mysql OPTIONS (USER 'Remote', HOST '198.51.100.106', DATABASE 'test');
-- @ kind=ddl feature=drop-function source=https://dev.mysql.com/doc/refman/8.0/en/drop-procedure.html
DROP FUNCTION IF EXISTS hello;
-- @ kind=ddl feature=drop-procedure source=https://dev.mysql.com/doc/refman/8.0/en/drop-procedure.html
DROP PROCEDURE IF EXISTS citycount;
-- @ kind=ddl feature=drop-trigger source=https://dev.mysql.com/doc/refman/8.0/en/drop-trigger.html
DROP TRIGGER IF EXISTS test.ins_sum;
-- @ kind=ddl feature=drop-event source=https://dev.mysql.com/doc/refman/8.0/en/drop-event.html
DROP EVENT IF EXISTS myevent;
-- @ kind=ddl feature=alter-event source=https://dev.mysql.com/doc/refman/8.0/en/alter-event.html
ALTER EVENT myevent ON SCHEDULE EVERY 12 HOUR STARTS CURRENT_TIMESTAMP + INTERVAL 4 HOUR;
-- @ kind=ddl feature=alter-event source=https://dev.mysql.com/doc/refman/8.0/en/alter-event.html
ALTER EVENT myevent DISABLE;
-- @ kind=ddl feature=alter-event source=https://dev.mysql.com/doc/refman/8.0/en/alter-event.html
ALTER EVENT olddb.myevent RENAME TO newdb.myevent;
-- @ kind=ddl feature=alter-procedure source=https://dev.mysql.com/doc/refman/8.0/en/alter-procedure.html
ALTER PROCEDURE citycount SQL SECURITY INVOKER COMMENT 'counts cities';
-- @ kind=ddl feature=alter-function source=https://dev.mysql.com/doc/refman/8.0/en/alter-function.html
ALTER FUNCTION hello READS SQL DATA;

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/create-procedure.html
-- @ kind=program feature=create-procedure,stored-program,delimiter
CREATE PROCEDURE citycount (IN country CHAR(3), OUT cities INT)
BEGIN
  SELECT COUNT(*) INTO cities FROM world.city
  WHERE CountryCode = country;
END
-- @ kind=program feature=create-function,stored-program
CREATE FUNCTION hello (s CHAR(20))
RETURNS CHAR(50) DETERMINISTIC
RETURN CONCAT('Hello, ',s,'!')
-- @ kind=program feature=create-procedure,stored-program,definer
CREATE DEFINER = 'admin'@'localhost' PROCEDURE account_count()
SQL SECURITY INVOKER
BEGIN
  SELECT 'Number of accounts:', COUNT(*) FROM mysql.user;
END
-- @ kind=program feature=create-procedure,stored-program,if-not-exists
CREATE PROCEDURE IF NOT EXISTS p_noop() COMMENT 'does nothing' BEGIN END
-- @ kind=program feature=create-procedure,stored-program,loop,declare-handler source=https://dev.mysql.com/doc/refman/8.0/en/cursors.html
CREATE PROCEDURE curdemo()
BEGIN
  DECLARE done INT DEFAULT FALSE;
  DECLARE a CHAR(16);
  DECLARE b, c INT;
  DECLARE cur1 CURSOR FOR SELECT id,data FROM test.t1;
  DECLARE cur2 CURSOR FOR SELECT i FROM test.t2;
  DECLARE CONTINUE HANDLER FOR NOT FOUND SET done = TRUE;

  OPEN cur1;
  OPEN cur2;

  read_loop: LOOP
    FETCH cur1 INTO a, b;
    FETCH cur2 INTO c;
    IF done THEN
      LEAVE read_loop;
    END IF;
    IF b < c THEN
      INSERT INTO test.t3 VALUES (a,b);
    ELSE
      INSERT INTO test.t3 VALUES (a,c);
    END IF;
  END LOOP;

  CLOSE cur1;
  CLOSE cur2;
END
-- @ kind=program feature=create-procedure,stored-program,while source=https://dev.mysql.com/doc/refman/8.0/en/while.html
CREATE PROCEDURE dowhile()
BEGIN
  DECLARE v1 INT DEFAULT 5;

  WHILE v1 > 0 DO
    UPDATE t SET c = c + 1 WHERE id = v1;
    SET v1 = v1 - 1;
  END WHILE;
END
-- @ kind=program feature=create-procedure,stored-program,repeat source=https://dev.mysql.com/doc/refman/8.0/en/repeat.html
CREATE PROCEDURE dorepeat(p1 INT)
BEGIN
  SET @x = 0;
  REPEAT
    SET @x = @x + 1;
  UNTIL @x > p1 END REPEAT;
END
-- @ kind=program feature=create-procedure,stored-program,case source=https://dev.mysql.com/doc/refman/8.0/en/case.html
CREATE PROCEDURE p()
  BEGIN
    DECLARE v INT DEFAULT 1;

    CASE v
      WHEN 2 THEN SELECT v;
      WHEN 3 THEN SELECT 0;
      ELSE
        BEGIN
        END;
    END CASE;
  END
-- @ kind=program feature=create-procedure,stored-program,dynamic-sql source=https://dev.mysql.com/doc/refman/8.0/en/sql-prepared-statements.html
CREATE PROCEDURE drop_by_name(IN tbl VARCHAR(64))
BEGIN
  SET @s = CONCAT('DROP TABLE ', tbl);
  PREPARE stmt FROM @s;
  EXECUTE stmt;
  DEALLOCATE PREPARE stmt;
END
-- @ kind=program feature=create-procedure,stored-program,signal source=https://dev.mysql.com/doc/refman/8.0/en/signal.html
CREATE PROCEDURE p_signal(pval INT)
BEGIN
  DECLARE specialty CONDITION FOR SQLSTATE '45000';
  IF pval = 0 THEN
    SIGNAL SQLSTATE '01000';
  ELSEIF pval = 1 THEN
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'An error occurred';
  ELSEIF pval = 2 THEN
    SIGNAL specialty
      SET MESSAGE_TEXT = 'An error occurred';
  ELSE
    SIGNAL SQLSTATE '01000'
      SET MESSAGE_TEXT = 'A warning occurred', MYSQL_ERRNO = 1000;
    SIGNAL SQLSTATE '45000'
      SET MESSAGE_TEXT = 'An error occurred', MYSQL_ERRNO = 1001;
  END IF;
END
-- @ kind=program feature=create-procedure,stored-program,transaction
CREATE PROCEDURE transfer(IN from_id INT, IN to_id INT, IN amount DECIMAL(10,2))
MODIFIES SQL DATA
BEGIN
  DECLARE EXIT HANDLER FOR SQLEXCEPTION
  BEGIN
    ROLLBACK;
    RESIGNAL;
  END;
  START TRANSACTION;
  UPDATE accounts SET balance = balance - amount WHERE id = from_id;
  UPDATE accounts SET balance = balance + amount WHERE id = to_id;
  COMMIT;
END
-- @ kind=program feature=create-function,stored-program source=https://dev.mysql.com/doc/refman/8.0/en/stored-programs-defining.html
CREATE FUNCTION SimpleCompare(n INT, m INT)
  RETURNS VARCHAR(20)
  DETERMINISTIC NO SQL
  BEGIN
    DECLARE s VARCHAR(20);

    IF n > m THEN SET s = '>';
    ELSEIF n = m THEN SET s = '=';
    ELSE SET s = '<';
    END IF;

    SET s = CONCAT(n, ' ', s, ' ', m);

    RETURN s;
  END
-- @ kind=program feature=create-function,stored-program,reads-sql-data
CREATE FUNCTION order_total(p_order BIGINT) RETURNS DECIMAL(12,2)
READS SQL DATA
BEGIN
  DECLARE v_total DECIMAL(12,2);
  SELECT SUM(price * qty) INTO v_total FROM order_items WHERE order_id = p_order;
  RETURN IFNULL(v_total, 0);
END
-- @ kind=program feature=create-trigger,stored-program source=https://dev.mysql.com/doc/refman/8.0/en/trigger-syntax.html
CREATE TRIGGER ins_sum BEFORE INSERT ON account
       FOR EACH ROW SET @sum = @sum + NEW.amount
-- @ kind=program feature=create-trigger,stored-program source=https://dev.mysql.com/doc/refman/8.0/en/trigger-syntax.html
CREATE TRIGGER ins_transaction BEFORE INSERT ON account
       FOR EACH ROW PRECEDES ins_sum
       SET
       @deposits = @deposits + IF(NEW.amount>0,NEW.amount,0),
       @withdrawals = @withdrawals + IF(NEW.amount<0,-NEW.amount,0)
-- @ kind=program feature=create-trigger,stored-program,begin-end source=https://dev.mysql.com/doc/refman/8.0/en/trigger-syntax.html
CREATE TRIGGER upd_check BEFORE UPDATE ON account
       FOR EACH ROW
       BEGIN
           IF NEW.amount < 0 THEN
               SET NEW.amount = 0;
           ELSEIF NEW.amount > 100 THEN
               SET NEW.amount = 100;
           END IF;
       END
-- @ kind=program feature=create-trigger,stored-program,begin-end source=https://dev.mysql.com/doc/refman/8.0/en/trigger-syntax.html
CREATE TRIGGER testref BEFORE INSERT ON test1
  FOR EACH ROW
  BEGIN
    INSERT INTO test2 SET a2 = NEW.a1;
    DELETE FROM test3 WHERE a3 = NEW.a1;
    UPDATE test4 SET b4 = b4 + 1 WHERE a4 = NEW.a1;
  END
-- @ kind=program feature=create-trigger,stored-program,definer,if-not-exists
CREATE DEFINER=`root`@`localhost` TRIGGER IF NOT EXISTS audit_delete AFTER DELETE ON shop.orders FOR EACH ROW INSERT INTO shop.audit (order_id, action) VALUES (OLD.id, 'delete')
-- @ kind=program feature=create-event,stored-program source=https://dev.mysql.com/doc/refman/8.0/en/create-event.html
CREATE EVENT myevent
    ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 HOUR
    DO
      UPDATE myschema.mytable SET mycol = mycol + 1
-- @ kind=program feature=create-event,stored-program,begin-end source=https://dev.mysql.com/doc/refman/8.0/en/create-event.html
CREATE EVENT e_daily
    ON SCHEDULE
      EVERY 1 DAY
    COMMENT 'Saves total number of sessions then clears the table each day'
    DO
      BEGIN
        INSERT INTO site_activity.totals (time, total)
          SELECT CURRENT_TIMESTAMP, COUNT(*)
            FROM site_activity.sessions;
        DELETE FROM site_activity.sessions;
      END
-- @ kind=program feature=create-event,stored-program source=https://dev.mysql.com/doc/refman/8.0/en/create-event.html
CREATE EVENT IF NOT EXISTS e_hourly ON SCHEDULE EVERY 1 HOUR STARTS CURRENT_TIMESTAMP ENDS CURRENT_TIMESTAMP + INTERVAL 1 WEEK ON COMPLETION PRESERVE DISABLE DO TRUNCATE TABLE site_activity.sessions
-- @ kind=program feature=call source=https://dev.mysql.com/doc/refman/8.0/en/call.html
CALL citycount('JPN', @cities)

-- @@ engine=MYSQL source=https://dev.mysql.com/doc/refman/8.0/en/sql-statements.html
-- @ kind=tcl feature=begin source=https://dev.mysql.com/doc/refman/8.0/en/commit.html
START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT;
-- @ kind=tcl feature=commit source=https://dev.mysql.com/doc/refman/8.0/en/commit.html
COMMIT AND NO CHAIN NO RELEASE;
-- @ kind=tcl feature=rollback source=https://dev.mysql.com/doc/refman/8.0/en/commit.html
ROLLBACK;
-- @ kind=tcl feature=savepoint source=https://dev.mysql.com/doc/refman/8.0/en/savepoint.html
RELEASE SAVEPOINT sp1;
-- @ kind=tcl feature=xa source=https://dev.mysql.com/doc/refman/8.0/en/xa-statements.html
XA START 'xatest';
-- @ kind=tcl feature=set-transaction source=https://dev.mysql.com/doc/refman/8.0/en/set-transaction.html
SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED;
-- @ kind=admin feature=lock-tables source=https://dev.mysql.com/doc/refman/8.0/en/lock-tables.html
LOCK TABLES t1 READ LOCAL, t2 AS alias LOW_PRIORITY WRITE;
-- @ kind=admin feature=lock-instance source=https://dev.mysql.com/doc/refman/8.0/en/lock-instance-for-backup.html
LOCK INSTANCE FOR BACKUP;
-- @ kind=session feature=prepare source=https://dev.mysql.com/doc/refman/8.0/en/sql-prepared-statements.html
PREPARE stmt1 FROM 'SELECT SQRT(POW(?,2) + POW(?,2)) AS hypotenuse';
-- @ kind=session feature=execute source=https://dev.mysql.com/doc/refman/8.0/en/sql-prepared-statements.html
EXECUTE stmt1 USING @a, @b;
-- @ kind=session feature=prepare,dynamic-sql source=https://dev.mysql.com/doc/refman/8.0/en/sql-prepared-statements.html
PREPARE stmt3 FROM @s;
-- @ kind=session feature=deallocate source=https://dev.mysql.com/doc/refman/8.0/en/sql-prepared-statements.html
DEALLOCATE PREPARE stmt1;
-- @ kind=session feature=set-variable source=https://dev.mysql.com/doc/refman/8.0/en/set-variable.html
SET @@SESSION.sql_mode = 'TRADITIONAL', @@GLOBAL.max_connections = 1000, @name = 43;
-- @ kind=session feature=set-variable,persist source=https://dev.mysql.com/doc/refman/8.0/en/set-variable.html
SET PERSIST max_connections = 1000;
-- @ kind=session feature=set-names source=https://dev.mysql.com/doc/refman/8.0/en/set-names.html
SET NAMES 'utf8mb4' COLLATE 'utf8mb4_unicode_ci';
-- @ kind=session feature=set-charset source=https://dev.mysql.com/doc/refman/8.0/en/set-character-set.html
SET CHARACTER SET utf8mb4;
-- @ kind=session feature=use source=https://dev.mysql.com/doc/refman/8.0/en/use.html
USE db1;
-- @ kind=dcl feature=create-user source=https://dev.mysql.com/doc/refman/8.0/en/create-user.html
CREATE USER 'jeffrey'@'localhost' IDENTIFIED WITH caching_sha2_password BY 'password' PASSWORD EXPIRE INTERVAL 180 DAY FAILED_LOGIN_ATTEMPTS 3 PASSWORD_LOCK_TIME 2;
-- @ kind=dcl feature=alter-user source=https://dev.mysql.com/doc/refman/8.0/en/alter-user.html
ALTER USER 'jeffrey'@'localhost' ACCOUNT LOCK;
-- @ kind=dcl feature=drop-user source=https://dev.mysql.com/doc/refman/8.0/en/drop-user.html
DROP USER IF EXISTS 'jeffrey'@'localhost';
-- @ kind=dcl feature=rename-user source=https://dev.mysql.com/doc/refman/8.0/en/rename-user.html
RENAME USER 'jeffrey'@'localhost' TO 'jeff'@'127.0.0.1';
-- @ kind=dcl feature=grant source=https://dev.mysql.com/doc/refman/8.0/en/grant.html
GRANT SELECT, INSERT ON mydb.* TO 'someuser'@'somehost' WITH GRANT OPTION;
-- @ kind=dcl feature=grant,column-privilege source=https://dev.mysql.com/doc/refman/8.0/en/grant.html
GRANT SELECT (col1), INSERT (col1, col2) ON mydb.mytbl TO 'someuser'@'somehost';
-- @ kind=dcl feature=grant,routine-privilege source=https://dev.mysql.com/doc/refman/8.0/en/grant.html
GRANT EXECUTE ON PROCEDURE mydb.myproc TO 'someuser'@'somehost';
-- @ kind=dcl feature=revoke source=https://dev.mysql.com/doc/refman/8.0/en/revoke.html
REVOKE INSERT ON *.* FROM 'jeffrey'@'localhost';
-- @ kind=dcl feature=role source=https://dev.mysql.com/doc/refman/8.0/en/roles.html
CREATE ROLE 'app_developer', 'app_read', 'app_write';
-- @ kind=dcl feature=role source=https://dev.mysql.com/doc/refman/8.0/en/roles.html
GRANT 'app_read' TO 'read_user1'@'localhost', 'read_user2'@'localhost';
-- @ kind=dcl feature=role source=https://dev.mysql.com/doc/refman/8.0/en/set-role.html
SET ROLE DEFAULT;
-- @ kind=admin feature=analyze source=https://dev.mysql.com/doc/refman/8.0/en/analyze-table.html
ANALYZE TABLE t UPDATE HISTOGRAM ON c1, c2 WITH 10 BUCKETS;
-- @ kind=admin feature=optimize source=https://dev.mysql.com/doc/refman/8.0/en/optimize-table.html
OPTIMIZE NO_WRITE_TO_BINLOG TABLE t1;
-- @ kind=admin feature=check-table source=https://dev.mysql.com/doc/refman/8.0/en/check-table.html
CHECK TABLE test_table FAST QUICK;
-- @ kind=admin feature=checksum-table source=https://dev.mysql.com/doc/refman/8.0/en/checksum-table.html
CHECKSUM TABLE t1 EXTENDED;
-- @ kind=admin feature=repair-table source=https://dev.mysql.com/doc/refman/8.0/en/repair-table.html
REPAIR TABLE t1 QUICK;
-- @ kind=admin feature=flush source=https://dev.mysql.com/doc/refman/8.0/en/flush.html
FLUSH TABLES t1, t2 WITH READ LOCK;
-- @ kind=admin feature=kill source=https://dev.mysql.com/doc/refman/8.0/en/kill.html
KILL QUERY 42;
-- @ kind=admin feature=install-component source=https://dev.mysql.com/doc/refman/8.0/en/install-component.html
INSTALL COMPONENT 'file://component_validate_password';
-- @ kind=admin feature=clone source=https://dev.mysql.com/doc/refman/8.0/en/clone.html
CLONE LOCAL DATA DIRECTORY = '/var/lib/mysql-clone';
-- @ kind=admin feature=replication source=https://dev.mysql.com/doc/refman/8.0/en/change-replication-source-to.html
CHANGE REPLICATION SOURCE TO SOURCE_HOST='source2.example.com', SOURCE_USER='replication', SOURCE_PORT=3306, SOURCE_AUTO_POSITION=1;
-- @ kind=admin feature=replication source=https://dev.mysql.com/doc/refman/8.0/en/start-replica.html
START REPLICA;
-- @ kind=admin feature=shutdown source=https://dev.mysql.com/doc/refman/8.0/en/shutdown.html
SHUTDOWN;
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-create-table.html
SHOW CREATE TABLE t;
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-columns.html
SHOW FULL COLUMNS FROM mytable FROM mydb LIKE 'a%';
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-index.html
SHOW INDEX FROM mytable FROM mydb;
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-tables.html
SHOW FULL TABLES FROM mydb WHERE Table_type = 'BASE TABLE';
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-grants.html
SHOW GRANTS FOR 'jeffrey'@'localhost';
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-engine.html
SHOW ENGINE INNODB STATUS;
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-variables.html
SHOW GLOBAL VARIABLES LIKE 'max_join_size';
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-create-procedure.html
SHOW CREATE PROCEDURE citycount;
-- @ kind=utility feature=show source=https://dev.mysql.com/doc/refman/8.0/en/show-triggers.html
SHOW TRIGGERS LIKE 'acc%';
-- @ kind=utility feature=explain source=https://dev.mysql.com/doc/refman/8.0/en/explain.html
EXPLAIN FORMAT=TREE SELECT * FROM t1 JOIN t2 ON t1.a = t2.a;
-- @ kind=utility feature=explain-analyze source=https://dev.mysql.com/doc/refman/8.0/en/explain.html#explain-analyze
EXPLAIN ANALYZE SELECT * FROM t3 WHERE pk > 17;
-- @ kind=utility feature=describe source=https://dev.mysql.com/doc/refman/8.0/en/explain.html
DESCRIBE city;
-- @ kind=utility feature=help source=https://dev.mysql.com/doc/refman/8.0/en/help.html
HELP 'contents';
