-- MariaDB Knowledge Base (mariadb.com/kb): MariaDB-specific statements of the shapes its SQL
-- statement pages show, written from those pages; each entry names the page.

-- @@ engine=MARIADB source=https://mariadb.com/kb/en/create-sequence/
-- @ kind=ddl feature=sequence
CREATE SEQUENCE s START WITH 100 INCREMENT BY 10;
-- @ kind=ddl feature=sequence,sequence-options
CREATE SEQUENCE s2 START WITH -100 INCREMENT BY -10;
-- @ kind=ddl feature=sequence,sequence-options,or-replace
CREATE OR REPLACE SEQUENCE s3 MINVALUE = 1 MAXVALUE = 1000 START = 1 INCREMENT = 1 CACHE = 100 NOCYCLE;
-- @ kind=ddl feature=sequence,if-not-exists
CREATE SEQUENCE IF NOT EXISTS s4 START WITH 1 NO MAXVALUE CYCLE ENGINE=InnoDB;
-- @ kind=ddl feature=sequence,temporary
CREATE TEMPORARY SEQUENCE ts1;
-- @ kind=query feature=sequence,next-value-for
SELECT NEXT VALUE FOR s;
-- @ kind=query feature=sequence,sequence-function
SELECT NEXTVAL(s), LASTVAL(s), PREVIOUS VALUE FOR s;
-- @ kind=query feature=sequence,sequence-function source=https://mariadb.com/kb/en/setval/
SELECT SETVAL(s, 100, 1, 0);
-- @ kind=ddl feature=sequence,sequence-default
CREATE TABLE t1 (a INT DEFAULT (NEXT VALUE FOR s), b INT);
-- @ kind=ddl feature=sequence source=https://mariadb.com/kb/en/alter-sequence/
ALTER SEQUENCE s MAXVALUE = 1000;
-- @ kind=ddl feature=sequence source=https://mariadb.com/kb/en/alter-sequence/
ALTER SEQUENCE IF EXISTS s RESTART WITH 1;
-- @ kind=ddl feature=sequence source=https://mariadb.com/kb/en/drop-sequence/
DROP SEQUENCE IF EXISTS s, s2;
-- @ kind=utility feature=sequence source=https://mariadb.com/kb/en/show-create-sequence/
SHOW CREATE SEQUENCE s;

-- @@ engine=MARIADB source=https://mariadb.com/kb/en/system-versioned-tables/
-- @ kind=ddl feature=system-versioning
CREATE TABLE t (
   x INT
) WITH SYSTEM VERSIONING;
-- @ kind=ddl feature=system-versioning,period-for
CREATE TABLE t (
   x INT,
   start_timestamp TIMESTAMP(6) GENERATED ALWAYS AS ROW START,
   end_timestamp TIMESTAMP(6) GENERATED ALWAYS AS ROW END,
   PERIOD FOR SYSTEM_TIME(start_timestamp, end_timestamp)
) WITH SYSTEM VERSIONING;
-- @ kind=ddl feature=system-versioning,column
CREATE TABLE t (
   x INT WITH SYSTEM VERSIONING,
   y INT
);
-- @ kind=ddl feature=system-versioning,column
CREATE TABLE t (
   x INT,
   y INT WITHOUT SYSTEM VERSIONING
) WITH SYSTEM VERSIONING;
-- @ kind=ddl feature=system-versioning,alter-table
ALTER TABLE t ADD SYSTEM VERSIONING;
-- @ kind=ddl feature=system-versioning,alter-table
ALTER TABLE t DROP SYSTEM VERSIONING;
-- @ kind=ddl feature=system-versioning,partition-system-time
CREATE TABLE t (x INT) WITH SYSTEM VERSIONING
  PARTITION BY SYSTEM_TIME (
    PARTITION p_hist HISTORY,
    PARTITION p_cur CURRENT
  );
-- @ kind=ddl feature=system-versioning,partition-system-time
CREATE TABLE t (x INT) WITH SYSTEM VERSIONING
  PARTITION BY SYSTEM_TIME INTERVAL 1 WEEK (
    PARTITION p0 HISTORY,
    PARTITION p1 HISTORY,
    PARTITION pcur CURRENT
  );
-- @ kind=ddl feature=system-versioning,partition-system-time
CREATE TABLE t (x INT) WITH SYSTEM VERSIONING PARTITION BY SYSTEM_TIME LIMIT 1000 PARTITIONS 4;
-- @ kind=query feature=system-versioning,for-system-time
SELECT * FROM t FOR SYSTEM_TIME AS OF TIMESTAMP '2016-10-09 08:07:06';
-- @ kind=query feature=system-versioning,for-system-time
SELECT * FROM t FOR SYSTEM_TIME BETWEEN (NOW() - INTERVAL 1 YEAR) AND NOW();
-- @ kind=query feature=system-versioning,for-system-time
SELECT * FROM t FOR SYSTEM_TIME ALL;
-- @ kind=dml feature=system-versioning,delete-history
DELETE HISTORY FROM t BEFORE SYSTEM_TIME '2016-10-09 08:07:06';
-- @ kind=ddl feature=application-time-period source=https://mariadb.com/kb/en/application-time-periods/
CREATE TABLE coupons (
  id INT UNSIGNED,
  name VARCHAR(255),
  date_start DATE,
  date_end DATE,
  PERIOD FOR valid_period(date_start, date_end)
);
-- @ kind=dml feature=application-time-period source=https://mariadb.com/kb/en/application-time-periods/
DELETE FROM coupons FOR PORTION OF valid_period FROM '2019-02-15' TO '2019-02-25';
-- @ kind=dml feature=application-time-period source=https://mariadb.com/kb/en/application-time-periods/
UPDATE coupons FOR PORTION OF valid_period FROM '2019-02-15' TO '2019-02-25' SET name = CONCAT(name, '_new');
-- @ kind=ddl feature=application-time-period,without-overlaps source=https://mariadb.com/kb/en/application-time-periods/
CREATE TABLE rooms (
  room_number INT,
  guest_name VARCHAR(255),
  checkin DATE,
  checkout DATE,
  PERIOD FOR p(checkin,checkout),
  UNIQUE (room_number, p WITHOUT OVERLAPS)
);

-- @@ engine=MARIADB source=https://mariadb.com/kb/en/create-table/
-- @ kind=ddl feature=create-table,or-replace
CREATE OR REPLACE TABLE t1 (a INT);
-- @ kind=ddl feature=create-table,or-replace,create-table-as-select
CREATE OR REPLACE TABLE t2 AS SELECT * FROM t1;
-- @ kind=ddl feature=create-table,invisible-column source=https://mariadb.com/kb/en/invisible-columns/
CREATE TABLE t (x INT INVISIBLE DEFAULT 1, y INT);
-- @ kind=ddl feature=create-table,ignored-index source=https://mariadb.com/kb/en/ignored-indexes/
CREATE TABLE t1 (id INT PRIMARY KEY, b INT, KEY k1 (b) IGNORED);
-- @ kind=ddl feature=create-table,compressed-column source=https://mariadb.com/kb/en/storage-engine-independent-column-compression/
CREATE TABLE cmp (i TEXT COMPRESSED, j VARCHAR(1000) COMPRESSED=zlib);
-- @ kind=ddl feature=create-table,column-types source=https://mariadb.com/kb/en/data-types/
CREATE TABLE mdb_types (a INET6, b UUID, c INET4, d JSON);
-- @ kind=ddl feature=create-table,check-constraint source=https://mariadb.com/kb/en/constraint/
CREATE TABLE t1 (a INT CHECK (a > 2), b INT CHECK (b > 2), CONSTRAINT a_greater CHECK (a > b));
-- @ kind=ddl feature=create-table,engine source=https://mariadb.com/kb/en/aria-storage-engine/
CREATE TABLE t1 (a INT) ENGINE=Aria TRANSACTIONAL=1 PAGE_CHECKSUM=1;
-- @ kind=ddl feature=create-table,engine source=https://mariadb.com/kb/en/columnstore-create-table/
CREATE TABLE orders_cs (order_id INT, amount DECIMAL(10,2)) ENGINE=ColumnStore;
-- @ kind=ddl feature=create-table,engine source=https://mariadb.com/kb/en/using-connect-general-information/
CREATE TABLE t_connect ENGINE=CONNECT TABLE_TYPE=CSV FILE_NAME='/tmp/data.csv' HEADER=1;
-- @ kind=ddl feature=create-table,engine source=https://mariadb.com/kb/en/spider-create-table/
CREATE TABLE spider_t (id INT PRIMARY KEY) ENGINE=SPIDER COMMENT='wrapper "mysql", srv "backend", table "t"';
-- @ kind=ddl feature=create-table,page-compressed source=https://mariadb.com/kb/en/innodb-page-compression/
CREATE TABLE tab (id INT, str VARCHAR(50)) ENGINE=InnoDB PAGE_COMPRESSED=1 PAGE_COMPRESSION_LEVEL=9;
-- @ kind=ddl feature=create-table,encrypted source=https://mariadb.com/kb/en/innodb-encryption-overview/
CREATE TABLE enc (id INT PRIMARY KEY) ENGINE=InnoDB ENCRYPTED=YES ENCRYPTION_KEY_ID=2;
-- @ kind=ddl feature=create-table,default-expression source=https://mariadb.com/kb/en/create-table/#default-column-option
CREATE TABLE t_def (a INT DEFAULT (1+1), b DATETIME DEFAULT NOW(), c VARCHAR(36) DEFAULT UUID());
-- @ kind=ddl feature=create-table,virtual-column source=https://mariadb.com/kb/en/generated-columns/
CREATE TABLE table1 (
     a INT NOT NULL,
     b VARCHAR(32),
     c INT AS (a MOD 10) VIRTUAL,
     d VARCHAR(5) AS (LEFT(b,5)) PERSISTENT
);
-- @ kind=ddl feature=create-table,long-unique source=https://mariadb.com/kb/en/create-table/#index-definitions
CREATE TABLE t_long (b BLOB, UNIQUE (b));
-- @ kind=ddl feature=create-table,partition-range
CREATE TABLE t_part (id INT, d DATE) PARTITION BY RANGE (YEAR(d)) (PARTITION p0 VALUES LESS THAN (2000), PARTITION p1 VALUES LESS THAN MAXVALUE);

-- @@ engine=MARIADB source=https://mariadb.com/kb/en/alter-table/
-- @ kind=ddl feature=alter-table,if-not-exists,add-column
ALTER TABLE t1 ADD COLUMN IF NOT EXISTS c INT;
-- @ kind=ddl feature=alter-table,if-exists,drop-column
ALTER TABLE t1 DROP COLUMN IF EXISTS c;
-- @ kind=ddl feature=alter-table,if-exists,modify-column
ALTER TABLE t1 MODIFY COLUMN IF EXISTS b BIGINT NOT NULL;
-- @ kind=ddl feature=alter-table,if-exists,change-column
ALTER TABLE t1 CHANGE COLUMN IF EXISTS b b2 BIGINT;
-- @ kind=ddl feature=alter-table,if-not-exists,add-index
ALTER TABLE t1 ADD INDEX IF NOT EXISTS idx_b (b);
-- @ kind=ddl feature=alter-table,if-exists,drop-index
ALTER TABLE t1 DROP INDEX IF EXISTS idx_b;
-- @ kind=ddl feature=alter-table,if-exists
ALTER TABLE IF EXISTS t1 ADD COLUMN d INT;
-- @ kind=ddl feature=alter-table,if-exists,drop-foreign-key
ALTER TABLE t1 DROP FOREIGN KEY IF EXISTS fk_1;
-- @ kind=ddl feature=alter-table,online source=https://mariadb.com/kb/en/alter-table/#online
ALTER ONLINE TABLE t1 ADD COLUMN e INT;
-- @ kind=ddl feature=alter-table,algorithm,lock source=https://mariadb.com/kb/en/innodb-online-ddl-overview/
ALTER TABLE tab ADD COLUMN c VARCHAR(50), ALGORITHM=NOCOPY, LOCK=NONE;
-- @ kind=ddl feature=alter-table,algorithm source=https://mariadb.com/kb/en/innodb-online-ddl-overview/
ALTER TABLE tab DROP COLUMN c, ALGORITHM=INSTANT;
-- @ kind=ddl feature=alter-table,wait source=https://mariadb.com/kb/en/wait-and-nowait/
ALTER TABLE t1 WAIT 10 ADD COLUMN f INT;
-- @ kind=ddl feature=alter-table,nowait source=https://mariadb.com/kb/en/wait-and-nowait/
ALTER TABLE t1 NOWAIT DROP COLUMN f;
-- @ kind=ddl feature=alter-table,ignored-index source=https://mariadb.com/kb/en/ignored-indexes/
ALTER TABLE t1 ALTER INDEX k1 NOT IGNORED;
-- @ kind=ddl feature=alter-table,rename-column source=https://mariadb.com/kb/en/alter-table/#rename-column
ALTER TABLE t1 RENAME COLUMN a TO a2;
-- @ kind=ddl feature=alter-table,rename-index source=https://mariadb.com/kb/en/alter-table/#rename-indexkey
ALTER TABLE t1 RENAME INDEX idx_b TO idx_b2;
-- @ kind=ddl feature=alter-table,convert-partition source=https://mariadb.com/kb/en/alter-table/#convert-partition-table
ALTER TABLE t_part CONVERT PARTITION p0 TO TABLE t_p0;
-- @ kind=ddl feature=alter-table,convert-partition source=https://mariadb.com/kb/en/alter-table/#convert-table-partition
ALTER TABLE t_part CONVERT TABLE t_p0 TO PARTITION p0 VALUES LESS THAN (2000);
-- @ kind=ddl feature=alter-table,engine source=https://mariadb.com/kb/en/alter-table/
ALTER TABLE t1 ENGINE = MyISAM;
-- @ kind=ddl feature=alter-table,drop-constraint source=https://mariadb.com/kb/en/alter-table/#drop-constraint
ALTER TABLE t1 DROP CONSTRAINT IF EXISTS a_greater;
-- @ kind=ddl feature=create-index,if-not-exists,or-replace source=https://mariadb.com/kb/en/create-index/
CREATE OR REPLACE INDEX i ON tab (num);
-- @ kind=ddl feature=create-index,if-not-exists source=https://mariadb.com/kb/en/create-index/
CREATE INDEX IF NOT EXISTS i2 ON tab (num) WAIT 5;
-- @ kind=ddl feature=drop-index,if-exists source=https://mariadb.com/kb/en/drop-index/
DROP INDEX IF EXISTS i2 ON tab;
-- @ kind=ddl feature=rename-table,if-exists source=https://mariadb.com/kb/en/rename-table/
RENAME TABLE IF EXISTS t1 WAIT 5 TO t1_old;
-- @ kind=ddl feature=drop-table source=https://mariadb.com/kb/en/drop-table/
DROP TABLE IF EXISTS t1, t2 WAIT 10;
-- @ kind=ddl feature=create-database,or-replace source=https://mariadb.com/kb/en/create-database/
CREATE OR REPLACE DATABASE db1 CHARACTER SET = 'utf8mb4' COMMENT = 'team db';
-- @ kind=ddl feature=create-view,or-replace,if-not-exists source=https://mariadb.com/kb/en/create-view/
CREATE VIEW IF NOT EXISTS v AS SELECT a FROM t1;

-- @@ engine=MARIADB source=https://mariadb.com/kb/en/sql-statements/
-- @ kind=dml feature=insert,returning source=https://mariadb.com/kb/en/insertreturning/
INSERT INTO t2 (id) VALUES (2),(3) RETURNING id, t;
-- @ kind=dml feature=replace,returning source=https://mariadb.com/kb/en/replacereturning/
REPLACE INTO t2 VALUES (1,'Leopard'),(2,'Dog') RETURNING id2, id2+id2 AS Total;
-- @ kind=dml feature=delete,returning source=https://mariadb.com/kb/en/deletereturning/
DELETE FROM t WHERE c > 1 RETURNING c;
-- @ kind=dml feature=update,order-by-limit source=https://mariadb.com/kb/en/update/
UPDATE t1 SET c1 = c1 + 1 WHERE c2 > 3 ORDER BY c1 LIMIT 2;
-- @ kind=query feature=select,offset-fetch source=https://mariadb.com/kb/en/select-offset-fetch/
SELECT i FROM t1 ORDER BY i ASC OFFSET 1 ROWS FETCH FIRST 3 ROWS WITH TIES;
-- @ kind=query feature=select,except source=https://mariadb.com/kb/en/except/
(SELECT a FROM t1) EXCEPT (SELECT a FROM t2);
-- @ kind=query feature=select,intersect-all source=https://mariadb.com/kb/en/intersect/
SELECT a FROM t1 INTERSECT ALL SELECT a FROM t2;
-- @ kind=query feature=select,json-table source=https://mariadb.com/kb/en/json_table/
SELECT * FROM JSON_TABLE('[{"a":1},{"a":2}]', '$[*]' COLUMNS (a INT PATH '$.a')) AS jt;
-- @ kind=query feature=select,skip-locked source=https://mariadb.com/kb/en/select/#skip-locked
SELECT * FROM t1 WHERE id = 1 FOR UPDATE SKIP LOCKED;
-- @ kind=query feature=select,for-update-wait source=https://mariadb.com/kb/en/wait-and-nowait/
SELECT * FROM t1 FOR UPDATE WAIT 5;
-- @ kind=query feature=select,values source=https://mariadb.com/kb/en/table-value-constructors/
VALUES (1,2), (3,4);
-- @ kind=query feature=select,window-function source=https://mariadb.com/kb/en/window-functions-overview/
SELECT name, score, RANK() OVER (ORDER BY score DESC) AS r FROM student;
-- @ kind=query feature=select,recursive-cte source=https://mariadb.com/kb/en/recursive-common-table-expressions-overview/
WITH RECURSIVE ancestors AS (SELECT * FROM folks WHERE name = 'Alex' UNION SELECT f.* FROM folks AS f, ancestors AS a WHERE f.id = a.father OR f.id = a.mother) SELECT * FROM ancestors;
-- @ kind=session feature=execute-immediate,dynamic-sql source=https://mariadb.com/kb/en/execute-immediate/
EXECUTE IMMEDIATE 'SELECT 1';
-- @ kind=session feature=execute-immediate,dynamic-sql source=https://mariadb.com/kb/en/execute-immediate/
EXECUTE IMMEDIATE CONCAT('DROP TABLE ', 't_old');
-- @ kind=session feature=set-statement source=https://mariadb.com/kb/en/set-statement/
SET STATEMENT max_statement_time=1000 FOR SELECT name FROM users ORDER BY name;
-- @ kind=session feature=set-variable source=https://mariadb.com/kb/en/set/
SET SESSION sql_mode = 'ORACLE';
-- @ kind=admin feature=backup-stage source=https://mariadb.com/kb/en/backup-stage/
BACKUP STAGE START;
-- @ kind=admin feature=flush source=https://mariadb.com/kb/en/flush/
FLUSH TABLES t1 FOR EXPORT;
-- @ kind=admin feature=analyze source=https://mariadb.com/kb/en/analyze-table/
ANALYZE TABLE t1 PERSISTENT FOR ALL;
-- @ kind=admin feature=kill source=https://mariadb.com/kb/en/kill/
KILL HARD QUERY ID 42;
-- @ kind=admin feature=install-soname source=https://mariadb.com/kb/en/install-soname/
INSTALL SONAME 'ha_sphinx';
-- @ kind=admin feature=replication source=https://mariadb.com/kb/en/change-master-to/
CHANGE MASTER TO MASTER_HOST='10.0.0.2', MASTER_USER='repl', MASTER_PASSWORD='secret', MASTER_USE_GTID=slave_pos;
-- @ kind=utility feature=show source=https://mariadb.com/kb/en/show-explain/
SHOW EXPLAIN FOR 1;
-- @ kind=utility feature=show source=https://mariadb.com/kb/en/analyze-statement/
ANALYZE FORMAT=JSON SELECT * FROM t1 WHERE a < 10;
-- @ kind=dcl feature=create-user,or-replace source=https://mariadb.com/kb/en/create-user/
CREATE OR REPLACE USER foo2@test IDENTIFIED VIA mysql_native_password USING PASSWORD('secret') OR unix_socket;
-- @ kind=dcl feature=role source=https://mariadb.com/kb/en/create-role/
CREATE ROLE IF NOT EXISTS journalist WITH ADMIN CURRENT_USER;
-- @ kind=dcl feature=grant source=https://mariadb.com/kb/en/grant/
GRANT SELECT ON db1.* TO journalist;
-- @ kind=dcl feature=role source=https://mariadb.com/kb/en/set-default-role/
SET DEFAULT ROLE journalist FOR foo2@test;

-- @@ engine=MARIADB source=https://mariadb.com/kb/en/stored-routines/
-- @ kind=program feature=create-procedure,stored-program,or-replace source=https://mariadb.com/kb/en/create-procedure/
CREATE OR REPLACE PROCEDURE simpleproc (OUT param1 INT)
 BEGIN
  SELECT COUNT(*) INTO param1 FROM t;
 END
-- @ kind=program feature=create-function,stored-program,or-replace source=https://mariadb.com/kb/en/create-function/
CREATE OR REPLACE FUNCTION hello (s CHAR(20))
    RETURNS CHAR(50) DETERMINISTIC
    RETURN CONCAT('Hello, ',s,'!')
-- @ kind=program feature=create-function,stored-program,if-not-exists source=https://mariadb.com/kb/en/create-function/
CREATE FUNCTION IF NOT EXISTS counter () RETURNS INT
  BEGIN
    UPDATE counter SET c = c + 1;
    RETURN (SELECT c FROM counter LIMIT 1);
  END
-- @ kind=program feature=create-function,stored-program,aggregate source=https://mariadb.com/kb/en/stored-aggregate-functions/
CREATE AGGREGATE FUNCTION IF NOT EXISTS aggregate_count(x INT) RETURNS INT
BEGIN
 DECLARE count_students INT DEFAULT 0;
 DECLARE CONTINUE HANDLER FOR NOT FOUND
 RETURN count_students;
      LOOP
          FETCH GROUP NEXT ROW;
          IF x THEN
            SET count_students = count_students+1;
          END IF;
      END LOOP;
END
-- @ kind=program feature=create-trigger,stored-program,or-replace source=https://mariadb.com/kb/en/create-trigger/
CREATE OR REPLACE TRIGGER increment_animal
  AFTER INSERT ON animals FOR EACH ROW
  UPDATE animal_count SET animal_count.animals = animal_count.animals+1
-- @ kind=program feature=create-event,stored-program,or-replace source=https://mariadb.com/kb/en/create-event/
CREATE OR REPLACE EVENT myevent
  ON SCHEDULE AT CURRENT_TIMESTAMP + INTERVAL 1 HOUR
  DO
    UPDATE myschema.mytable SET mycol = mycol + 1
-- @ kind=program feature=compound-statement source=https://mariadb.com/kb/en/using-compound-statements-outside-of-stored-programs/
BEGIN NOT ATOMIC
  IF (SELECT COUNT(*) FROM t1) = 0 THEN
    INSERT INTO t1 VALUES (1);
  END IF;
END
-- @ kind=program feature=compound-statement,for-loop source=https://mariadb.com/kb/en/for/
BEGIN NOT ATOMIC
  FOR i IN 1..3
  DO
    INSERT INTO t1 VALUES (i);
  END FOR;
END
-- @ kind=program feature=compound-statement source=https://mariadb.com/kb/en/if/
IF @x > 0 THEN SELECT 'positive'; ELSE SELECT 'not positive'; END IF
