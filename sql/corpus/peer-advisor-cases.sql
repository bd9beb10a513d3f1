-- The statement shapes of a public peer's SQL advisor test cases: Bytebase's
-- backend/plugin/advisor/mysql/test/*.yaml and backend/plugin/advisor/tidb/test/*.yaml (GitHub
-- bytebase/bytebase). Each case there is a statement (often several) with the advice it must
-- draw; here each shape is rewritten in our own words — our table and column names, one
-- statement per entry — with the case file it reproduces as its source. The advice itself
-- belongs to the rule case tables, not to this corpus.

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_require_pk.yaml
-- @ kind=ddl feature=create-table,inline-pk
CREATE TABLE shelf (id INT PRIMARY KEY)
-- @ kind=ddl feature=create-table,table-pk
CREATE TABLE shelf (id INT, PRIMARY KEY (id))
-- @ kind=ddl feature=create-table,no-pk
CREATE TABLE shelf (id INT)
-- @ kind=ddl feature=add-primary-key,constraint
ALTER TABLE shelf ADD CONSTRAINT PRIMARY KEY (id)
-- @ kind=ddl feature=drop-primary-key
ALTER TABLE shelf DROP PRIMARY KEY
-- @ kind=ddl feature=drop-index,primary
ALTER TABLE shelf DROP INDEX `PRIMARY`
-- @ kind=ddl feature=add-column,inline-pk
ALTER TABLE shelf ADD COLUMN label VARCHAR(30) PRIMARY KEY
-- @ kind=ddl feature=change-column,inline-pk
ALTER TABLE shelf CHANGE COLUMN id id INT PRIMARY KEY
-- @ kind=ddl feature=modify-column,inline-pk
ALTER TABLE shelf MODIFY COLUMN id INT PRIMARY KEY
-- @ kind=ddl feature=create-table,composite-pk
CREATE TABLE loan (reader_id INT, volume_id VARCHAR(30), note VARCHAR(255), PRIMARY KEY (reader_id, volume_id))
-- @ kind=ddl feature=drop-column,multiple
ALTER TABLE loan DROP COLUMN reader_id, DROP COLUMN volume_id
-- @ kind=ddl feature=add-column,drop-column,multiple
ALTER TABLE volume ADD COLUMN shelf_no INT, DROP COLUMN id, DROP COLUMN title

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/schema_backward_compatibility.yaml
-- @ kind=ddl feature=change-column,rename-column
ALTER TABLE volume CHANGE title heading TEXT
-- @ kind=ddl feature=modify-column
ALTER TABLE volume MODIFY title TEXT
-- @ kind=ddl feature=modify-column,nullability
ALTER TABLE volume MODIFY title TEXT NULL
-- @ kind=ddl feature=modify-column,nullability
ALTER TABLE volume MODIFY title TEXT NOT NULL
-- @ kind=ddl feature=modify-column,column-comment
ALTER TABLE volume MODIFY title TEXT COMMENT 'shown on the spine'
-- @ kind=ddl feature=drop-database
DROP DATABASE library
-- @ kind=ddl feature=rename-table
RENAME TABLE volume TO book_volume
-- @ kind=ddl feature=drop-table
DROP TABLE volume
-- @ kind=ddl feature=drop-column
ALTER TABLE volume DROP COLUMN title
-- @ kind=ddl feature=add-primary-key
ALTER TABLE volume ADD PRIMARY KEY (id)
-- @ kind=ddl feature=add-unique
ALTER TABLE volume ADD UNIQUE uk_title (title)
-- @ kind=ddl feature=add-check
ALTER TABLE volume ADD CONSTRAINT chk_pages CHECK (pages > 0)
-- @ kind=ddl feature=add-foreign-key
ALTER TABLE volume ADD CONSTRAINT fk_shelf FOREIGN KEY (shelf_id) REFERENCES shelf (id)
-- @ kind=ddl feature=create-unique-index
CREATE UNIQUE INDEX uk_volume_title ON volume (title)

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_disallow_change_type.yaml
-- @ kind=ddl feature=modify-column,same-type
ALTER TABLE volume MODIFY id int
-- @ kind=ddl feature=modify-column,same-type,type-alias
ALTER TABLE volume MODIFY id INTEGER
-- @ kind=ddl feature=modify-column,unsigned
ALTER TABLE volume MODIFY id INTEGER UNSIGNED
-- @ kind=ddl feature=modify-column,display-width
ALTER TABLE volume MODIFY id int(4)
-- @ kind=ddl feature=modify-column,widen-type
ALTER TABLE volume MODIFY id bigint
-- @ kind=ddl feature=modify-column,narrow-type
ALTER TABLE volume MODIFY id smallint
-- @ kind=ddl feature=change-column,type
ALTER TABLE volume CHANGE title heading varchar(20)

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_disallow_drop_in_index.yaml
-- @ kind=ddl feature=create-table,index
CREATE TABLE reader (id INT, name VARCHAR(100), INDEX idx_reader_name (name))
-- @ kind=ddl feature=drop-column,indexed
ALTER TABLE reader DROP COLUMN name

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_disallow_changing_order.yaml
-- @ kind=ddl feature=modify-column,column-position
ALTER TABLE volume MODIFY title VARCHAR(255) FIRST
-- @ kind=ddl feature=change-column,column-position
ALTER TABLE volume CHANGE title title VARCHAR(255) AFTER id

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_set_default_for_not_null.yaml
-- @ kind=ddl feature=create-table,not-null-without-default
CREATE TABLE reader (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, joined DATE NOT NULL DEFAULT '2000-01-01')
-- @ kind=ddl feature=add-column,not-null-without-default
ALTER TABLE reader ADD COLUMN email VARCHAR(255) NOT NULL
-- @ kind=ddl feature=add-column,nullable
ALTER TABLE reader ADD COLUMN phone VARCHAR(32) NULL

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_auto_increment_must_integer.yaml
-- @ kind=ddl feature=create-table,auto-increment
CREATE TABLE counter (id INT AUTO_INCREMENT PRIMARY KEY)
-- @ kind=ddl feature=create-table,auto-increment,non-integer
CREATE TABLE counter (id VARCHAR(20) AUTO_INCREMENT PRIMARY KEY)
-- @ kind=ddl feature=add-column,auto-increment source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_auto_increment_must_unsigned.yaml
ALTER TABLE counter ADD COLUMN seq BIGINT UNSIGNED AUTO_INCREMENT UNIQUE
-- @ kind=ddl feature=create-table,auto-increment,table-option source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_auto_increment_initial_value.yaml
CREATE TABLE counter (id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY) AUTO_INCREMENT = 20
-- @ kind=ddl feature=alter-table,auto-increment,table-option source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_auto_increment_initial_value.yaml
ALTER TABLE counter AUTO_INCREMENT = 1

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_comment.yaml
-- @ kind=ddl feature=create-table,column-comment
CREATE TABLE note (id INT COMMENT 'row id', body TEXT)
-- @ kind=ddl feature=alter-table,column-comment
ALTER TABLE note ADD COLUMN author VARCHAR(50) COMMENT 'who wrote it', CHANGE body body TEXT COMMENT 'the text'
-- @ kind=ddl feature=create-table,table-comment source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_comment.yaml
CREATE TABLE note (id INT PRIMARY KEY) COMMENT 'free-form notes'
-- @ kind=ddl feature=alter-table,table-comment source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_comment.yaml
ALTER TABLE note COMMENT = 'free-form notes kept for a year'

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_current_time_count_limit.yaml
-- @ kind=ddl feature=create-table,current-timestamp
CREATE TABLE stamp (a TIMESTAMP DEFAULT CURRENT_TIMESTAMP, b DATETIME DEFAULT NOW() ON UPDATE NOW(), c TIMESTAMP ON UPDATE CURRENT_TIMESTAMP)
-- @ kind=ddl feature=create-table,charset source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_disallow_set_charset.yaml
CREATE TABLE label (name VARCHAR(20) CHARSET latin1, code CHAR(4) CHARACTER SET utf8mb4)
-- @ kind=ddl feature=alter-table,charset source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_disallow_set_charset.yaml
ALTER TABLE label MODIFY name VARCHAR(20) CHARACTER SET binary
-- @ kind=ddl feature=create-table,char-length source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_maximum_character_length.yaml
CREATE TABLE label (name CHAR(255), code CHAR(20))
-- @ kind=ddl feature=create-table,varchar-length source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_maximum_varchar_length.yaml
CREATE TABLE label (name VARCHAR(3000))
-- @ kind=ddl feature=create-table,nullability source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_no_null.yaml
CREATE TABLE label (id INT NULL, name VARCHAR(20))
-- @ kind=ddl feature=create-table,require-default source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_require_default.yaml
CREATE TABLE label (id INT PRIMARY KEY, name VARCHAR(20), content BLOB, meta JSON)
-- @ kind=ddl feature=create-table,required-columns source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_required.yaml
CREATE TABLE book_event (id INT PRIMARY KEY, created_ts TIMESTAMP, updated_ts TIMESTAMP, creator_id INT, updater_id INT)
-- @ kind=ddl feature=alter-table,drop-column,required-columns source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_required.yaml
ALTER TABLE book_event DROP COLUMN creator_id
-- @ kind=ddl feature=create-table,type-disallow-list source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_type_disallow_list.yaml
CREATE TABLE blobby (a JSON, b BINARY(4), c ENUM('x','y'))
-- @ kind=ddl feature=alter-table,rename-column source=bytebase/bytebase:backend/plugin/advisor/mysql/test/column_disallow_change.yaml
ALTER TABLE volume CHANGE COLUMN title title VARCHAR(255)

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_no_duplicate_column.yaml
-- @ kind=ddl feature=create-table,index,duplicate-column
CREATE TABLE shelf (id INT, name VARCHAR(20), INDEX idx_dup (id, name, id))
-- @ kind=ddl feature=create-index,duplicate-column
CREATE INDEX idx_dup ON shelf (name, name)
-- @ kind=ddl feature=add-index,duplicate-column
ALTER TABLE shelf ADD UNIQUE INDEX uk_dup (id, id)
-- @ kind=ddl feature=create-table,duplicate-index source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_no_duplicate_index.yaml
CREATE TABLE shelf (id INT, name VARCHAR(20), INDEX idx_a (id, name), INDEX idx_b (id, name))
-- @ kind=ddl feature=create-index,duplicate-index source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_no_duplicate_index.yaml
CREATE INDEX idx_c ON shelf (id, name)
-- @ kind=ddl feature=create-table,key-number-limit source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_key_number_limit.yaml
CREATE TABLE wide (a INT, b INT, c INT, d INT, e INT, f INT, INDEX idx_wide (a, b, c, d, e, f))
-- @ kind=ddl feature=create-table,pk-type source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_pk_type_limit.yaml
CREATE TABLE keyed (code VARCHAR(20) PRIMARY KEY)
-- @ kind=ddl feature=create-table,pk-type source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_primary_key_type_allowlist.yaml
CREATE TABLE keyed (id BIGINT, PRIMARY KEY (id))
-- @ kind=ddl feature=create-table,blob-index source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_type_no_blob.yaml
CREATE TABLE doc (id INT, body BLOB, summary TEXT, INDEX idx_body (body(20)), INDEX idx_summary (summary(30)))
-- @ kind=ddl feature=add-index,blob-index source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_type_no_blob.yaml
ALTER TABLE doc ADD INDEX idx_body2 (body(10))
-- @ kind=ddl feature=create-index,index-type source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_type_allow_list.yaml
CREATE INDEX idx_hash USING HASH ON shelf (name)
-- @ kind=ddl feature=create-table,total-index-limit source=bytebase/bytebase:backend/plugin/advisor/mysql/test/index_total_number_limit.yaml
CREATE TABLE many (a INT, b INT, c INT, INDEX ia (a), INDEX ib (b), INDEX ic (c), INDEX iab (a, b), UNIQUE INDEX ubc (b, c))

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_identifier_no_keyword.yaml
-- @ kind=ddl feature=quoted-identifier
CREATE TABLE `shelf`(a int)
-- @ kind=ddl feature=keyword-identifier
CREATE TABLE execute(id int)
-- @ kind=ddl feature=keyword-identifier,quoted-identifier
CREATE TABLE `interval`(id int)
-- @ kind=ddl feature=keyword-identifier,quoted-identifier
CREATE TABLE t_kw (
  id int,
  `current_timestamp` int
)
-- @ kind=ddl feature=keyword-identifier,qualified
CREATE TABLE `library`.`interval`(id int)
-- @ kind=ddl feature=non-reserved-keyword-identifier
CREATE TABLE master_server_id(id int)
-- @ kind=ddl feature=naming-table source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_table.yaml
CREATE TABLE BookShelf (id INT PRIMARY KEY)
-- @ kind=ddl feature=naming-table,rename-table source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_table.yaml
ALTER TABLE shelf RENAME TO `shelf-old`
-- @ kind=ddl feature=naming-column source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_column.yaml
CREATE TABLE shelf (ShelfID INT, `shelf name` VARCHAR(20))
-- @ kind=ddl feature=naming-column,rename-column source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_column.yaml
ALTER TABLE shelf RENAME COLUMN ShelfID TO shelf_id
-- @ kind=ddl feature=naming-auto-increment source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_column_auto_increment.yaml
CREATE TABLE shelf (shelf_key INT AUTO_INCREMENT PRIMARY KEY)
-- @ kind=ddl feature=naming-index source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_index_idx.yaml
CREATE INDEX shelf_name ON shelf (name)
-- @ kind=ddl feature=naming-index,rename-index source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_index_idx.yaml
ALTER TABLE shelf RENAME INDEX shelf_name TO idx_shelf_name
-- @ kind=ddl feature=naming-unique-key source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_index_uk.yaml
ALTER TABLE shelf ADD CONSTRAINT shelf_code UNIQUE KEY (code)
-- @ kind=ddl feature=naming-foreign-key source=bytebase/bytebase:backend/plugin/advisor/mysql/test/naming_index_fk.yaml
CREATE TABLE volume (id INT PRIMARY KEY, shelf_id INT, CONSTRAINT volume_shelf FOREIGN KEY (shelf_id) REFERENCES shelf (id))
-- @ kind=ddl feature=foreign-key source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_no_foreign_key.yaml
ALTER TABLE volume ADD FOREIGN KEY (shelf_id) REFERENCES shelf (id)
-- @ kind=ddl feature=drop-table,naming source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_drop_naming_convention.yaml
DROP TABLE IF EXISTS volume_del
-- @ kind=ddl feature=partition-range source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_disallow_partition.yaml
CREATE TABLE loan_log (id INT, loaned DATE) PARTITION BY RANGE (YEAR(loaned)) (PARTITION p2020 VALUES LESS THAN (2021), PARTITION pmax VALUES LESS THAN MAXVALUE)
-- @ kind=ddl feature=partition-alter source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_disallow_partition.yaml
ALTER TABLE loan_log PARTITION BY HASH(id) PARTITIONS 4
-- @ kind=ddl feature=table-charset source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_disallow_set_charset.yaml
CREATE TABLE label (id INT) DEFAULT CHARSET = latin1
-- @ kind=ddl feature=table-charset,collation source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_collation_allowlist.yaml
CREATE TABLE label (id INT, name VARCHAR(20) COLLATE latin1_bin) COLLATE utf8mb4_polish_ci
-- @ kind=ddl feature=database-charset source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_charset_allowlist.yaml
CREATE DATABASE library CHARACTER SET = latin1
-- @ kind=ddl feature=alter-database,charset source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_charset_allowlist.yaml
ALTER DATABASE library CHARACTER SET utf8mb4 COLLATE utf8mb4_bin
-- @ kind=ddl feature=engine source=bytebase/bytebase:backend/plugin/advisor/mysql/test/engine_mysql_use_innodb.yaml
CREATE TABLE archive_log (id INT) ENGINE = CSV
-- @ kind=ddl feature=engine,alter-table source=bytebase/bytebase:backend/plugin/advisor/mysql/test/engine_mysql_use_innodb.yaml
ALTER TABLE archive_log ENGINE = MyISAM
-- @ kind=session feature=default-storage-engine source=bytebase/bytebase:backend/plugin/advisor/mysql/test/engine_mysql_use_innodb.yaml
SET default_storage_engine = MyISAM
-- @ kind=ddl feature=drop-database source=bytebase/bytebase:backend/plugin/advisor/mysql/test/database_drop_empty_database.yaml
DROP DATABASE IF EXISTS library_archive

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_merge_alter_table.yaml
-- @ kind=ddl feature=alter-table,add-column
ALTER TABLE volume ADD COLUMN pages int
-- @ kind=ddl feature=alter-table,add-column
ALTER TABLE volume ADD COLUMN isbn int
-- @ kind=ddl feature=algorithm,lock source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_require_algorithm_option.yaml
ALTER TABLE shelf ADD COLUMN capacity INT, ALGORITHM=INSTANT, LOCK=NONE
-- @ kind=ddl feature=no-algorithm source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_require_lock_option.yaml
ALTER TABLE shelf ADD COLUMN capacity INT
-- @ kind=ddl feature=lock source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_require_lock_option.yaml
ALTER TABLE shelf ADD INDEX idx_capacity (capacity), LOCK=SHARED

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_require_update_delete.yaml
-- @ kind=dml feature=delete,no-where
DELETE FROM volume
-- @ kind=dml feature=delete,where
DELETE FROM volume WHERE id = 1
-- @ kind=dml feature=update,no-where
UPDATE volume SET title = 'untitled'
-- @ kind=dml feature=update,where
UPDATE volume SET title = 'untitled' WHERE id = 1
-- @ kind=dml feature=update,multi-table,no-where
UPDATE volume v JOIN shelf s ON v.shelf_id = s.id SET v.title = s.name
-- @ kind=query feature=select,no-where source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_require_select.yaml
SELECT id FROM volume
-- @ kind=query feature=select,no-from source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_require_select.yaml
SELECT CURDATE()
-- @ kind=query feature=select,select-all source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_select_no_select_all.yaml
SELECT * FROM volume WHERE id = 1
-- @ kind=query feature=select,leading-wildcard source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_no_leading_wildcard_like.yaml
SELECT id FROM volume WHERE title LIKE '%sea%'
-- @ kind=query feature=select,equal-null source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_no_equal_null.yaml
SELECT id FROM volume WHERE title = NULL
-- @ kind=query feature=select,function-in-where source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_disallow_functions_and_calculations.yaml
SELECT id FROM volume WHERE LOWER(title) = 'dune' AND pages + 1 > 100
-- @ kind=query feature=select,logical-operator-count source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_where_maximum_logical_operator_count.yaml
SELECT id FROM volume WHERE id IN (1, 2, 3, 4, 5) OR pages = 1 OR pages = 2 OR pages = 3
-- @ kind=query feature=select,join-count source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_maximum_join_table_count.yaml
SELECT v.id FROM volume v JOIN shelf s ON v.shelf_id = s.id JOIN reader r ON r.id = v.reader_id LEFT JOIN loan l ON l.volume_id = v.id
-- @ kind=query feature=select,limit-value source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_maximum_limit_value.yaml
SELECT id FROM volume WHERE id > 0 LIMIT 100000
-- @ kind=session feature=set-variable,max-execution-time source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_max_execution_time.yaml
SET SESSION max_execution_time = 1000
-- @ kind=dml feature=delete,limit source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_limit.yaml
DELETE FROM volume WHERE pages < 10 LIMIT 10
-- @ kind=dml feature=update,limit source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_limit.yaml
UPDATE volume SET pages = 0 WHERE pages < 0 LIMIT 10
-- @ kind=dml feature=insert,select,limit source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_limit.yaml
INSERT INTO volume_copy SELECT * FROM volume LIMIT 10
-- @ kind=dml feature=delete,order-by source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_order_by.yaml
DELETE FROM volume WHERE pages < 10 ORDER BY id
-- @ kind=dml feature=update,order-by source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_order_by.yaml
UPDATE volume SET pages = 1 WHERE pages = 0 ORDER BY id
-- @ kind=dml feature=insert,order-by-rand source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_insert_disallow_order_by_rand.yaml
INSERT INTO volume_sample SELECT * FROM volume ORDER BY RAND()
-- @ kind=dml feature=insert,no-columns source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_insert_must_specify_column.yaml
INSERT INTO volume VALUES (1, 'Dune', 412)
-- @ kind=dml feature=insert,select-no-columns source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_insert_must_specify_column.yaml
INSERT INTO volume (id, title, pages) SELECT * FROM volume_import
-- @ kind=dml feature=insert,multi-row source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_insert_row_limit.yaml
INSERT INTO volume (id, title) VALUES (1, 'a'), (2, 'b'), (3, 'c'), (4, 'd'), (5, 'e'), (6, 'f')
-- @ kind=dml feature=update,affected-rows source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_affected_row_limit.yaml
UPDATE volume SET pages = pages + 1 WHERE pages > 1
-- @ kind=dml feature=delete,affected-rows source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_affected_row_limit.yaml
DELETE FROM volume WHERE pages > 0
-- @ kind=dml feature=dry-run source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_dml_dry_run.yaml
INSERT INTO volume (id, title) VALUES (7, 'g')
-- @ kind=dml feature=prior-backup source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_prior_backup_check.yaml
UPDATE volume SET title = 'x' WHERE id = 1
-- @ kind=tcl feature=commit source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_commit.yaml
COMMIT
-- @ kind=ddl feature=truncate source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_truncate.yaml
TRUNCATE TABLE volume

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_procedure_disallow_create.yaml
-- @ kind=program feature=create-procedure,stored-program
CREATE PROCEDURE greet()
BEGIN
    SELECT 'hello, reader' AS message;
END
-- @ kind=program feature=create-function,stored-program source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_function_disallow_create.yaml
CREATE FUNCTION page_count(v INT) RETURNS INT DETERMINISTIC RETURN v * 2
-- @ kind=program feature=create-trigger,stored-program source=bytebase/bytebase:backend/plugin/advisor/mysql/test/table_disallow_trigger.yaml
CREATE TRIGGER loan_total BEFORE INSERT ON loan
   FOR EACH ROW SET @loaned = @loaned + 1
-- @ kind=program feature=create-event,stored-program source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_event_disallow_create.yaml
CREATE EVENT purge_loans ON SCHEDULE EVERY 1 DAY DO DELETE FROM loan WHERE returned < NOW() - INTERVAL 1 YEAR
-- @ kind=ddl feature=create-view source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_view_disallow_create.yaml
CREATE VIEW open_loans AS SELECT * FROM loan WHERE returned IS NULL
-- @ kind=query feature=select,disallowed-function source=bytebase/bytebase:backend/plugin/advisor/mysql/test/system_function_disallowed_list.yaml
SELECT id, RAND(), UUID(), SLEEP(1) FROM volume WHERE id = 1

-- @@ engine=MYSQL source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_mix_ddl_dml.yaml
-- @ kind=ddl feature=create-table
CREATE TABLE tally (n INT)
-- @ kind=dml feature=insert
INSERT INTO tally (n) VALUES (1)
-- @ kind=dml feature=update,multi-table source=bytebase/bytebase:backend/plugin/advisor/mysql/test/statement_disallow_mix_in_dml.yaml
UPDATE tally, volume SET tally.n = volume.pages WHERE volume.id = 1

-- @@ engine=TIDB source=bytebase/bytebase:backend/plugin/advisor/tidb/test/table_require_pk.yaml
-- @ kind=ddl feature=create-table,no-pk
CREATE TABLE shelf (id INT)
-- @ kind=ddl feature=create-table,clustered-index
CREATE TABLE shelf (id INT, PRIMARY KEY (id) CLUSTERED)
-- @ kind=ddl feature=drop-primary-key
ALTER TABLE shelf DROP PRIMARY KEY
-- @ kind=ddl feature=create-table,auto-random source=bytebase/bytebase:backend/plugin/advisor/tidb/test/column_auto_increment_must_integer.yaml
CREATE TABLE shelf (id BIGINT AUTO_RANDOM PRIMARY KEY, name VARCHAR(20))
-- @ kind=ddl feature=create-table,auto-increment source=bytebase/bytebase:backend/plugin/advisor/tidb/test/column_auto_increment_must_unsigned.yaml
CREATE TABLE shelf (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY)
-- @ kind=ddl feature=modify-column,narrow-type source=bytebase/bytebase:backend/plugin/advisor/tidb/test/column_disallow_change_type.yaml
ALTER TABLE volume MODIFY COLUMN id SMALLINT
-- @ kind=ddl feature=change-column,rename-column source=bytebase/bytebase:backend/plugin/advisor/tidb/test/schema_backward_compatibility.yaml
ALTER TABLE volume CHANGE COLUMN title heading VARCHAR(255)
-- @ kind=ddl feature=drop-column,indexed source=bytebase/bytebase:backend/plugin/advisor/tidb/test/column_disallow_drop_in_index.yaml
ALTER TABLE reader DROP COLUMN name
-- @ kind=ddl feature=partition-hash source=bytebase/bytebase:backend/plugin/advisor/tidb/test/table_disallow_partition.yaml
CREATE TABLE loan_log (id INT, loaned DATE) PARTITION BY HASH(id) PARTITIONS 4
-- @ kind=ddl feature=merge-alter source=bytebase/bytebase:backend/plugin/advisor/tidb/test/statement_merge_alter_table.yaml
ALTER TABLE volume ADD COLUMN pages INT, ADD COLUMN isbn VARCHAR(20)
-- @ kind=ddl feature=collation source=bytebase/bytebase:backend/plugin/advisor/tidb/test/system_collation_allowlist.yaml
CREATE TABLE label (name VARCHAR(20)) CHARSET utf8mb4 COLLATE utf8mb4_general_ci
-- @ kind=dml feature=delete,no-where source=bytebase/bytebase:backend/plugin/advisor/tidb/test/statement_where_require_update_delete.yaml
DELETE FROM volume
-- @ kind=dml feature=update,affected-rows source=bytebase/bytebase:backend/plugin/advisor/tidb/test/statement_affected_row_limit.yaml
UPDATE volume SET pages = 0 WHERE pages > 0
-- @ kind=dml feature=insert,order-by-rand source=bytebase/bytebase:backend/plugin/advisor/tidb/test/statement_insert_disallow_order_by_rand.yaml
INSERT INTO volume_sample (id) SELECT id FROM volume ORDER BY RAND() LIMIT 10
-- @ kind=query feature=select,limit-value source=bytebase/bytebase:backend/plugin/advisor/tidb/test/statement_maximum_limit_value.yaml
SELECT id FROM volume LIMIT 1000 OFFSET 10
-- @ kind=ddl feature=create-table,index,blob-index source=bytebase/bytebase:backend/plugin/advisor/tidb/test/index_type_no_blob.yaml
CREATE TABLE doc (id INT PRIMARY KEY, body TEXT, INDEX idx_body (body(16)))
-- @ kind=ddl feature=drop-table,naming source=bytebase/bytebase:backend/plugin/advisor/tidb/test/table_drop_naming_convention.yaml
DROP TABLE volume_old
