-- TiDB's SQL statement reference (docs.pingcap.com/tidb/stable, source pingcap/docs on GitHub):
-- the example statements of each page, as written there, one statement per entry.

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table#examples
-- @ kind=ddl feature=create-table
CREATE TABLE t1 (a int);
-- @ kind=utility feature=desc
DESC t1;
-- @ kind=dml feature=insert
INSERT INTO t1 (a) VALUES (1);
-- @ kind=query feature=select
SELECT * FROM t1;
-- @ kind=ddl feature=drop-table,if-exists
DROP TABLE IF EXISTS t1;
-- @ kind=ddl feature=create-table,if-not-exists,auto-increment
CREATE TABLE IF NOT EXISTS t1 (
 id BIGINT NOT NULL PRIMARY KEY auto_increment,
 b VARCHAR(200) NOT NULL
);
-- @ kind=ddl feature=create-table,table-option,shard-row-id-bits source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table#synopsis
CREATE TABLE t (c INT) SHARD_ROW_ID_BITS = 4;
-- @ kind=ddl feature=create-table,table-option,pre-split-regions,shard-row-id-bits source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table#synopsis
CREATE TABLE t (a INT, b INT, INDEX idx1(a)) SHARD_ROW_ID_BITS = 4 PRE_SPLIT_REGIONS = 2;
-- @ kind=ddl feature=create-table,table-option,auto-id-cache source=https://docs.pingcap.com/tidb/stable/auto-increment#auto_id_cache
CREATE TABLE t (a int AUTO_INCREMENT key) AUTO_ID_CACHE 100;
-- @ kind=ddl feature=create-table,table-option,auto-id-cache source=https://docs.pingcap.com/tidb/stable/auto-increment#mysql-compatibility-mode
CREATE TABLE t (a INT PRIMARY KEY AUTO_INCREMENT, b INT) AUTO_ID_CACHE = 1;
-- @ kind=ddl feature=create-table,table-option,auto-random-base source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table#synopsis
CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM, b INT) AUTO_RANDOM_BASE = 100;
-- @ kind=ddl feature=create-table,table-option,charset,comment source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table#synopsis
CREATE TABLE t (a INT) CHARACTER SET = 'utf8mb4' COMMENT = 'comment info';
-- @ kind=ddl feature=create-table,temporary source=https://docs.pingcap.com/tidb/stable/temporary-tables#local-temporary-tables
CREATE TEMPORARY TABLE users (
    id BIGINT,
    name VARCHAR(100),
    city VARCHAR(50),
    PRIMARY KEY(id)
);
-- @ kind=ddl feature=create-table,global-temporary source=https://docs.pingcap.com/tidb/stable/temporary-tables#global-temporary-tables
CREATE GLOBAL TEMPORARY TABLE users (
    id BIGINT,
    name VARCHAR(100),
    city VARCHAR(50),
    PRIMARY KEY(id)
) ON COMMIT DELETE ROWS;
-- @ kind=ddl feature=create-table,cached-table source=https://docs.pingcap.com/tidb/stable/cached-tables#usage
ALTER TABLE users CACHE;
-- @ kind=ddl feature=alter-table,cached-table source=https://docs.pingcap.com/tidb/stable/cached-tables#usage
ALTER TABLE users NOCACHE;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/auto-random#basic-concepts
-- @ kind=ddl feature=auto-random
CREATE TABLE t (a BIGINT AUTO_RANDOM, b VARCHAR(255), PRIMARY KEY (a));
-- @ kind=ddl feature=auto-random
CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM, b VARCHAR(255));
-- @ kind=ddl feature=auto-random
CREATE TABLE t (a BIGINT AUTO_RANDOM(6), b VARCHAR(255), PRIMARY KEY (a));
-- @ kind=ddl feature=auto-random
CREATE TABLE t (a BIGINT AUTO_RANDOM(5, 54), b VARCHAR(255), PRIMARY KEY (a));
-- @ kind=ddl feature=auto-random,composite-pk
CREATE TABLE t (a BIGINT AUTO_RANDOM(5, 54), b VARCHAR(255), PRIMARY KEY (a, b));
-- @ kind=ddl feature=auto-random,executable-comment,tidb-comment
CREATE TABLE t (a bigint /*T![auto_rand] AUTO_RANDOM */, b VARCHAR(255), PRIMARY KEY (a));
-- @ kind=ddl feature=auto-random,executable-comment,tidb-comment
CREATE TABLE t (a bigint PRIMARY KEY /*T![auto_rand] AUTO_RANDOM */, b VARCHAR(255));
-- @ kind=ddl feature=auto-random,executable-comment,tidb-comment
CREATE TABLE t (a BIGINT /*T![auto_rand] AUTO_RANDOM(6) */, b VARCHAR(255), PRIMARY KEY (a));
-- @ kind=ddl feature=auto-random,executable-comment,tidb-comment
CREATE TABLE t (a BIGINT  /*T![auto_rand] AUTO_RANDOM(5, 54) */, b VARCHAR(255), PRIMARY KEY (a));
-- @ kind=ddl feature=auto-random,pre-split-regions,executable-comment,tidb-comment
CREATE TABLE t (a BIGINT PRIMARY KEY AUTO_RANDOM, b VARCHAR(255)) /*T! PRE_SPLIT_REGIONS=2 */
-- @ kind=dml feature=insert
INSERT INTO t(a, b) VALUES (1, 'string');
-- @ kind=dml feature=insert
INSERT INTO t(b) VALUES ('string2');
-- @ kind=utility feature=show-table-regions
SHOW TABLE t REGIONS;
-- @ kind=utility feature=show-warnings
SHOW WARNINGS;
-- @ kind=ddl feature=auto-random,modify-column source=https://docs.pingcap.com/tidb/stable/auto-random#user-scenario
ALTER TABLE t MODIFY COLUMN id BIGINT AUTO_RANDOM(5);
-- @ kind=session feature=set-variable source=https://docs.pingcap.com/tidb/stable/auto-random#restrictions
SET @@allow_auto_random_explicit_insert = 1;
-- @ kind=ddl feature=auto-random,clustered-index,executable-comment,tidb-comment,show-create-output source=https://docs.pingcap.com/tidb/stable/auto-random#basic-concepts note=the_SHOW_CREATE_TABLE_output_on_that_page
CREATE TABLE `t` (
  `a` bigint(20) NOT NULL /*T![auto_rand] AUTO_RANDOM(5) */,
  `b` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`a`) /*T![clustered_index] CLUSTERED */
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin /*T! PRE_SPLIT_REGIONS=2 */

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/clustered-indexes#usage
-- @ kind=ddl feature=clustered-index
CREATE TABLE t (a BIGINT PRIMARY KEY CLUSTERED, b VARCHAR(255));
-- @ kind=ddl feature=clustered-index
CREATE TABLE t (a BIGINT PRIMARY KEY NONCLUSTERED, b VARCHAR(255));
-- @ kind=ddl feature=clustered-index
CREATE TABLE t (a BIGINT KEY CLUSTERED, b VARCHAR(255));
-- @ kind=ddl feature=clustered-index
CREATE TABLE t (a BIGINT KEY NONCLUSTERED, b VARCHAR(255));
-- @ kind=ddl feature=clustered-index,composite-pk
CREATE TABLE t (a BIGINT, b VARCHAR(255), PRIMARY KEY(a, b) CLUSTERED);
-- @ kind=ddl feature=clustered-index,composite-pk
CREATE TABLE t (a BIGINT, b VARCHAR(255), PRIMARY KEY(a, b) NONCLUSTERED);
-- @ kind=ddl feature=clustered-index,executable-comment,tidb-comment
CREATE TABLE t (a BIGINT PRIMARY KEY /*T![clustered_index] CLUSTERED */, b VARCHAR(255));
-- @ kind=ddl feature=clustered-index,executable-comment,tidb-comment
CREATE TABLE t (a BIGINT, b VARCHAR(255), PRIMARY KEY(a, b) /*T![clustered_index] NONCLUSTERED */);
-- @ kind=ddl feature=clustered-index,add-primary-key
ALTER TABLE t ADD PRIMARY KEY(b, a) NONCLUSTERED;
-- @ kind=ddl feature=drop-primary-key
ALTER TABLE t DROP PRIMARY KEY;
-- @ kind=ddl feature=drop-index
ALTER TABLE t DROP INDEX `PRIMARY`;
-- @ kind=query feature=information-schema
SELECT TIDB_PK_TYPE FROM information_schema.tables WHERE table_schema = 'test' AND table_name = 't';
-- @ kind=ddl feature=clustered-index source=https://docs.pingcap.com/tidb/stable/clustered-indexes#default-behavior
CREATE TABLE always_clusters_in_all_versions (
 id BIGINT NOT NULL PRIMARY KEY auto_increment,
 b CHAR(100),
 INDEX(b)
);
-- @ kind=session feature=set-variable source=https://docs.pingcap.com/tidb/stable/clustered-indexes#with-clustered-indexes
SET tidb_enable_clustered_index = 1;
-- @ kind=dml feature=insert,multi-row source=https://docs.pingcap.com/tidb/stable/clustered-indexes#default-behavior
INSERT INTO does_not_cluster_by_default VALUES ('02dd050a978756da0aff6b1d1d7c8aef', 'aaa'), ('35bfbc09cb3c93d8ef032642521ac042', 'bbb');
-- @ kind=utility feature=explain source=https://docs.pingcap.com/tidb/stable/clustered-indexes#default-behavior
EXPLAIN SELECT * FROM does_not_cluster_by_default WHERE guid = '02dd050a978756da0aff6b1d1d7c8aef';

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/shard-row-id-bits#usage
-- @ kind=ddl feature=shard-row-id-bits
CREATE TABLE t (i int) SHARD_ROW_ID_BITS = 4;
-- @ kind=ddl feature=shard-row-id-bits,alter-table
ALTER TABLE t SHARD_ROW_ID_BITS = 4;
-- @ kind=ddl feature=shard-row-id-bits,pre-split-regions source=https://docs.pingcap.com/tidb/stable/sql-statement-split-region#pre_split_regions
CREATE TABLE t (a INT, b INT, INDEX idx1(a)) SHARD_ROW_ID_BITS = 4 PRE_SPLIT_REGIONS=2;
-- @ kind=ddl feature=shard-row-id-bits,pre-split-regions,executable-comment,tidb-comment source=https://docs.pingcap.com/tidb/stable/comment-syntax#tidb-specific-comment-syntax
CREATE TABLE t1 (id BIGINT NOT NULL PRIMARY KEY NONCLUSTERED) /*T! SHARD_ROW_ID_BITS=4 PRE_SPLIT_REGIONS=2 */;
-- @ kind=ddl feature=auto-id-cache,alter-table source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t AUTO_ID_CACHE = 200;
-- @ kind=ddl feature=auto-random-base,alter-table source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t FORCE AUTO_RANDOM_BASE = 1000;
-- @ kind=ddl feature=auto-increment,alter-table source=https://docs.pingcap.com/tidb/stable/auto-increment#auto-increment-id-value-reset
ALTER TABLE t FORCE AUTO_INCREMENT = 2;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-split-region
-- @ kind=admin feature=split-table
SPLIT TABLE t BETWEEN (-9223372036854775808) AND (9223372036854775807) REGIONS 16;
-- @ kind=admin feature=split-table
SPLIT TABLE t BETWEEN (0) AND (1000000000) REGIONS 16;
-- @ kind=admin feature=split-table
SPLIT TABLE t BY (10000), (90000);
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t INDEX idx BETWEEN (-9223372036854775808) AND (9223372036854775807) REGIONS 16;
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t INDEX idx1 BETWEEN ("a") AND ("z") REGIONS 25;
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t INDEX idx1 BETWEEN ("a") AND ("{") REGIONS 26;
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t INDEX idx2 BETWEEN ("2010-01-01 00:00:00") AND ("2020-01-01 00:00:00") REGIONS 10;
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t INDEX idx3 BETWEEN ("2010-01-01 00:00:00", "a") AND ("2010-01-01 00:00:00", "z") REGIONS 10;
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t INDEX `PRIMARY` BETWEEN (-9223372036854775808) AND (9223372036854775807) REGIONS 16;
-- @ kind=admin feature=split-table,split-index
SPLIT TABLE t1 INDEX idx4 BY ("a", "2000-01-01 00:00:01"), ("b", "2019-04-17 14:26:19"), ("c", "");
-- @ kind=ddl feature=partition-hash
create table t (a int,b int,index idx(a)) partition by hash(a) partitions 2;
-- @ kind=utility feature=show-table-regions
show table t regions;
-- @ kind=admin feature=split-table,split-partition
split partition table t between (0) and (10000) regions 4;
-- @ kind=admin feature=split-table,split-partition
split partition table t index idx between (1000) and (10000) regions 2;
-- @ kind=ddl feature=partition-range
create table t ( a int, b int, index idx(b)) partition by range( a ) (
    partition p1 values less than (10000),
    partition p2 values less than (20000),
    partition p3 values less than (MAXVALUE) );
-- @ kind=admin feature=split-table,split-partition
split region for partition table t partition (p1) between (0) and (10000) regions 2;
-- @ kind=admin feature=split-table,split-partition
split partition table t partition (p1,p2) index idx between (1000) and (10000) regions 2;
-- @ kind=admin feature=split-table,split-partition
split partition table t partition (p1) index idx between (0) and (10000) regions 2;
-- @ kind=admin feature=split-table,split-partition
split region for partition table t partition (p2) by (15000), (17000);
-- @ kind=utility feature=show-table-regions
show table t partition (p1) regions;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/placement-rules-in-sql
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY myplacementpolicy PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-west-1";
-- @ kind=ddl feature=placement-policy,create-table
CREATE TABLE t1 (a INT) PLACEMENT POLICY=myplacementpolicy;
-- @ kind=ddl feature=placement-policy,alter-table
ALTER TABLE t2 PLACEMENT POLICY=myplacementpolicy;
-- @ kind=utility feature=placement-policy,show-create
SHOW CREATE PLACEMENT POLICY myplacementpolicy;
-- @ kind=query feature=information-schema
SELECT * FROM information_schema.tables WHERE tidb_placement_policy_name IS NOT NULL;
-- @ kind=utility feature=placement-policy
SHOW PLACEMENT;
-- @ kind=utility feature=placement-policy
SHOW PLACEMENT LABELS;
-- @ kind=ddl feature=placement-policy
ALTER PLACEMENT POLICY myplacementpolicy FOLLOWERS=4;
-- @ kind=ddl feature=placement-policy
DROP PLACEMENT POLICY myplacementpolicy;
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY five_replicas FOLLOWERS=4;
-- @ kind=ddl feature=placement-policy,alter-range
ALTER RANGE global PLACEMENT POLICY five_replicas;
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY p1 PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-east-2";
-- @ kind=ddl feature=placement-policy,alter-database
ALTER DATABASE test PLACEMENT POLICY=p2;
-- @ kind=ddl feature=placement-policy,create-table
CREATE TABLE t3 (a INT) PLACEMENT POLICY=p1;
-- @ kind=ddl feature=placement-policy,partition-range
CREATE TABLE t1 (id INT, name VARCHAR(50), purchased DATE)
  PLACEMENT POLICY=storageforhistorydata
  PARTITION BY RANGE( YEAR(purchased) ) (
    PARTITION p0 VALUES LESS THAN (2000),
    PARTITION p1 VALUES LESS THAN (2005),
    PARTITION p2 VALUES LESS THAN (2010),
    PARTITION p3 VALUES LESS THAN (2015),
    PARTITION p4 VALUES LESS THAN MAXVALUE PLACEMENT POLICY=storagefornewdata
  );
-- @ kind=ddl feature=placement-policy,partition-list
CREATE TABLE t1 (
  id INT,
  name VARCHAR(50),
  region VARCHAR(20)
) PARTITION BY LIST COLUMNS (region) (
  PARTITION p_us VALUES IN ('us-east-1','us-west-1') PLACEMENT POLICY=p_us,
  PARTITION p_eu VALUES IN ('eu-west-1','eu-central-1') PLACEMENT POLICY=p_eu
);
-- @ kind=ddl feature=placement-policy,alter-partition
ALTER TABLE t1 PARTITION p0 PLACEMENT POLICY=storageforhistorydata;
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY storageforhistorydata CONSTRAINTS="[+node=history]";
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY deploy221 CONSTRAINTS='{"+region=us-east-1":2, "+region=us-east-2": 2, "+region=us-west-1": 1}';
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY eastandwest PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-east-2,us-west-1" SCHEDULE="MAJORITY_IN_PRIMARY" FOLLOWERS=4;
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY multiaz LEADER_CONSTRAINTS="[+region=us-east-1]" FOLLOWER_CONSTRAINTS="{+region=us-east-1: 1,+region=us-east-2: 1,+region=us-west-1: 1}";
-- @ kind=ddl feature=placement-policy
CREATE PLACEMENT POLICY multiregion FOLLOWERS=4 PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-east-2,us-west-1" SURVIVAL_PREFERENCES="[region, zone]";
-- @ kind=ddl feature=placement-policy,if-not-exists source=https://docs.pingcap.com/tidb/stable/sql-statement-create-placement-policy
CREATE PLACEMENT POLICY IF NOT EXISTS p1 PRIMARY_REGION="us-east-1" REGIONS="us-east-1,us-west-1" FOLLOWERS=4;
-- @ kind=ddl feature=placement-policy source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-placement-policy#examples
ALTER PLACEMENT POLICY p1 PRIMARY_REGION="us-west-1" REGIONS="us-west-1,us-west-2" FOLLOWERS=4;
-- @ kind=ddl feature=placement-policy,if-exists source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-placement-policy#examples
DROP PLACEMENT POLICY IF EXISTS p1;
-- @ kind=ddl feature=placement-policy,alter-table source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-placement-policy#examples
ALTER TABLE t1 PLACEMENT POLICY=default;
-- @ kind=ddl feature=placement-policy,executable-comment,tidb-comment source=https://docs.pingcap.com/tidb/stable/placement-rules-in-sql#view-placement-policies note=the_SHOW_CREATE_TABLE_output_on_that_page
CREATE TABLE `t1` (
  `a` int DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin /*T![placement] PLACEMENT POLICY=`myplacementpolicy` */

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
-- @ kind=ddl feature=tiflash-replica source=https://docs.pingcap.com/tidb/stable/create-tiflash-replicas#create-tiflash-replicas-for-tables
ALTER TABLE t SET TIFLASH REPLICA 1;
-- @ kind=ddl feature=tiflash-replica source=https://docs.pingcap.com/tidb/stable/create-tiflash-replicas#create-tiflash-replicas-for-tables
ALTER TABLE `tpch50`.`lineitem` SET TIFLASH REPLICA 2;
-- @ kind=ddl feature=tiflash-replica source=https://docs.pingcap.com/tidb/stable/create-tiflash-replicas#create-tiflash-replicas-for-tables
ALTER TABLE t SET TIFLASH REPLICA 0;
-- @ kind=ddl feature=tiflash-replica,location-labels source=https://docs.pingcap.com/tidb/stable/create-tiflash-replicas#set-available-zones
ALTER TABLE t SET TIFLASH REPLICA 2 LOCATION LABELS "zone";
-- @ kind=ddl feature=tiflash-replica,alter-database source=https://docs.pingcap.com/tidb/stable/create-tiflash-replicas#create-tiflash-replicas-for-databases
ALTER DATABASE tpch50 SET TIFLASH REPLICA 2;
-- @ kind=query feature=information-schema source=https://docs.pingcap.com/tidb/stable/create-tiflash-replicas#check-replication-progress
SELECT * FROM information_schema.tiflash_replica WHERE TABLE_SCHEMA = 'tpch50' and TABLE_NAME = 'lineitem';
-- @ kind=ddl feature=tiflash-compact source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table-compact#examples
ALTER TABLE employees COMPACT TIFLASH REPLICA;
-- @ kind=ddl feature=tiflash-compact source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table-compact#examples
ALTER TABLE employees COMPACT;
-- @ kind=ddl feature=tiflash-compact,partition source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table-compact#examples
ALTER TABLE employees COMPACT PARTITION pNorth, pEast TIFLASH REPLICA;
-- @ kind=ddl feature=algorithm source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
CREATE TABLE t1 (id INT NOT NULL PRIMARY KEY AUTO_INCREMENT, c1 INT NOT NULL);
-- @ kind=dml feature=insert,multi-row source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
INSERT INTO t1 (c1) VALUES (1),(2),(3),(4),(5);
-- @ kind=utility feature=explain source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
EXPLAIN SELECT * FROM t1 WHERE c1 = 3;
-- @ kind=ddl feature=add-index source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
ALTER TABLE t1 ADD INDEX (c1);
-- @ kind=ddl feature=drop-index,algorithm source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
ALTER TABLE t1 DROP INDEX c1, ALGORITHM=INSTANT;
-- @ kind=ddl feature=add-index,algorithm source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
ALTER TABLE t1 ADD INDEX (c1), ALGORITHM=INSTANT;
-- @ kind=ddl feature=add-index,algorithm source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#examples
ALTER TABLE t1 ADD INDEX (c1), ALGORITHM=COPY;
-- @ kind=ddl feature=affinity source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t1 AFFINITY = 'table';
-- @ kind=ddl feature=alter-index,invisible-index source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-index#examples
ALTER TABLE t1 ALTER INDEX c1 INVISIBLE;
-- @ kind=ddl feature=alter-index,invisible-index source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-index#examples
ALTER TABLE t1 ALTER INDEX c1 VISIBLE;
-- @ kind=ddl feature=create-index,invisible-index source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-index#examples
CREATE TABLE t1 (c1 INT, c2 INT, UNIQUE(c2));
-- @ kind=ddl feature=create-index,invisible-index source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-index#examples
CREATE UNIQUE INDEX c1 ON t1 (c1) INVISIBLE;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/time-to-live#syntax
-- @ kind=ddl feature=ttl
CREATE TABLE t1 (
    id int PRIMARY KEY,
    created_at TIMESTAMP
) TTL = `created_at` + INTERVAL 3 MONTH;
-- @ kind=ddl feature=ttl
CREATE TABLE t1 (
    id int PRIMARY KEY,
    created_at TIMESTAMP
) TTL = `created_at` + INTERVAL 3 MONTH TTL_ENABLE = 'OFF';
-- @ kind=ddl feature=ttl,executable-comment,tidb-comment
CREATE TABLE t1 (
    id int PRIMARY KEY,
    created_at TIMESTAMP
) /*T![ttl] TTL = `created_at` + INTERVAL 3 MONTH TTL_ENABLE = 'OFF'*/;
-- @ kind=ddl feature=ttl,alter-table
ALTER TABLE t1 TTL = `created_at` + INTERVAL 1 MONTH;
-- @ kind=ddl feature=ttl,alter-table
ALTER TABLE t1 TTL_ENABLE = 'OFF';
-- @ kind=ddl feature=ttl,alter-table
ALTER TABLE t1 REMOVE TTL;
-- @ kind=ddl feature=ttl,default-current-timestamp
CREATE TABLE t1 (
    id int PRIMARY KEY,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
) TTL = `created_at` + INTERVAL 3 MONTH;
-- @ kind=ddl feature=ttl,on-update-current-timestamp
CREATE TABLE t1 (
    id int PRIMARY KEY,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) TTL = `created_at` + INTERVAL 3 MONTH;
-- @ kind=ddl feature=ttl,generated-column
CREATE TABLE message (
    id int PRIMARY KEY,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    image bool,
    expire_at TIMESTAMP AS (IF(image,
            created_at + INTERVAL 5 DAY,
            created_at + INTERVAL 30 DAY
    ))
) TTL = `expire_at` + INTERVAL 0 DAY;
-- @ kind=ddl feature=ttl,generated-column,json
CREATE TABLE orders (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_info JSON,
    created_at DATE AS (JSON_EXTRACT(order_info, '$.created_at')) VIRTUAL
) TTL = `created_at` + INTERVAL 3 month;
-- @ kind=ddl feature=ttl,alter-table
ALTER TABLE orders TTL_JOB_INTERVAL = '24h';
-- @ kind=session feature=set-variable,global
SET @@global.tidb_ttl_job_enable = OFF;
-- @ kind=session feature=set-variable,global
SET @@global.tidb_ttl_job_schedule_window_start_time = '01:00 +0000';
-- @ kind=query feature=table-statement
TABLE mysql.tidb_ttl_table_status LIMIT 1;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/non-transactional-dml
-- @ kind=dml feature=batch-dml source=https://docs.pingcap.com/tidb/stable/sql-statement-batch
BATCH ON test.t2.id LIMIT 1 INSERT INTO t SELECT t2.id, t2.v, t3.v FROM t2 JOIN t3 ON t2.k = t3.k;
-- @ kind=dml feature=batch-dml
BATCH ON id LIMIT 2 DELETE FROM t WHERE v < 6;
-- @ kind=dml feature=batch-dml
BATCH ON id LIMIT 2 DRY RUN DELETE FROM t WHERE v < 6;
-- @ kind=dml feature=batch-dml
BATCH ON id LIMIT 2 DRY RUN QUERY DELETE FROM t WHERE v < 6;
-- @ kind=dml feature=batch-dml
BATCH LIMIT 2 DELETE FROM t WHERE v < 6;
-- @ kind=dml feature=batch-dml
BATCH ON id LIMIT 1000 UPDATE t SET v = v + 1 WHERE v < 100;
-- @ kind=dml feature=batch-dml
BATCH ON test.t.id LIMIT 10000 INSERT IGNORE INTO t2 SELECT * FROM t;
-- @ kind=dml feature=batch-dml
BATCH ON id LIMIT 1 REPLACE INTO t2 SELECT * FROM t WHERE v > 3;
-- @ kind=utility feature=show-processlist
SHOW PROCESSLIST;
-- @ kind=admin feature=kill
KILL TIDB 2199023255957;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-create-sequence#examples
-- @ kind=ddl feature=sequence
CREATE SEQUENCE seq;
-- @ kind=query feature=sequence,sequence-function
SELECT nextval(seq);
-- @ kind=query feature=sequence,sequence-function
SELECT lastval(seq);
-- @ kind=query feature=sequence,sequence-function
SELECT setval(seq, 10);
-- @ kind=query feature=sequence,next-value-for
SELECT next value for seq;
-- @ kind=ddl feature=sequence,sequence-options
CREATE SEQUENCE seq2 start 3 increment 2 minvalue 1 maxvalue 10 cache 3;
-- @ kind=ddl feature=sequence,sequence-default
CREATE table t(a int default next value for seq2);
-- @ kind=dml feature=insert,default-values
INSERT into t values();
-- @ kind=ddl feature=sequence,sequence-options
CREATE SEQUENCE IF NOT EXISTS seq3 INCREMENT BY 2 MINVALUE 1 NO MAXVALUE START WITH 5 NOCACHE NOCYCLE;
-- @ kind=ddl feature=sequence,sequence-options
CREATE SEQUENCE seq4 INCREMENT = -1 MAXVALUE = 100 START = 100 CACHE = 10 CYCLE;
-- @ kind=ddl feature=sequence source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-sequence#examples
ALTER SEQUENCE s1 INCREMENT = 2;
-- @ kind=ddl feature=sequence source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-sequence#examples
ALTER SEQUENCE s1 RESTART;
-- @ kind=ddl feature=sequence source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-sequence#examples
ALTER SEQUENCE s1 START = 10;
-- @ kind=ddl feature=sequence source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-sequence#examples
DROP SEQUENCE seq;
-- @ kind=ddl feature=sequence,if-exists source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-sequence#examples
DROP SEQUENCE seq, seq2;
-- @ kind=utility feature=sequence,show-create source=https://docs.pingcap.com/tidb/stable/sql-statement-show-create-sequence#examples
SHOW CREATE SEQUENCE seq;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/vector-search-index
-- @ kind=ddl feature=vector,vector-index
CREATE TABLE foo (
    id       INT PRIMARY KEY,
    embedding     VECTOR(5),
    VECTOR INDEX idx_embedding ((VEC_COSINE_DISTANCE(embedding)))
);
-- @ kind=ddl feature=vector,vector-index
CREATE VECTOR INDEX idx_embedding ON foo ((VEC_COSINE_DISTANCE(embedding)));
-- @ kind=ddl feature=vector,vector-index
ALTER TABLE foo ADD VECTOR INDEX idx_embedding ((VEC_COSINE_DISTANCE(embedding)));
-- @ kind=ddl feature=vector,vector-index,using-hnsw
CREATE VECTOR INDEX idx_embedding ON foo ((VEC_COSINE_DISTANCE(embedding))) USING HNSW;
-- @ kind=ddl feature=vector,vector-index,using-hnsw
ALTER TABLE foo ADD VECTOR INDEX idx_embedding ((VEC_L2_DISTANCE(embedding))) USING HNSW;
-- @ kind=ddl feature=vector,vector-index,using-hnsw
CREATE TABLE foo (
    id       INT PRIMARY KEY,
    embedding     VECTOR(5),
    VECTOR INDEX idx_embedding USING HNSW ((VEC_COSINE_DISTANCE(embedding)))
);
-- @ kind=ddl feature=vector source=https://docs.pingcap.com/tidb/stable/vector-search-data-types
CREATE TABLE vector_table (id INT PRIMARY KEY, embedding VECTOR(3));
-- @ kind=ddl feature=vector source=https://docs.pingcap.com/tidb/stable/vector-search-data-types
CREATE TABLE vector_set_table (id INT PRIMARY KEY, embedding VECTOR);
-- @ kind=dml feature=vector,insert source=https://docs.pingcap.com/tidb/stable/vector-search-data-types
INSERT INTO vector_table VALUES (1, '[0.3, 0.5, -0.1]');
-- @ kind=query feature=vector,vector-function source=https://docs.pingcap.com/tidb/stable/vector-search-index
SELECT * FROM foo ORDER BY VEC_COSINE_DISTANCE(embedding, '[1, 2, 3, 4, 5]') LIMIT 10;
-- @ kind=query feature=vector,vector-function source=https://docs.pingcap.com/tidb/stable/vector-search-functions-and-operators
SELECT VEC_L2_DISTANCE('[0, 3]', '[4, 0]');
-- @ kind=query feature=vector,vector-function source=https://docs.pingcap.com/tidb/stable/vector-search-functions-and-operators
SELECT VEC_DIMS('[1,2,3]'), VEC_L2_NORM('[3,4]'), VEC_AS_TEXT('[1.000, 2.5]');
-- @ kind=query feature=vector,explain source=https://docs.pingcap.com/tidb/stable/vector-search-index
EXPLAIN SELECT * FROM vector_table_with_index ORDER BY VEC_COSINE_DISTANCE(embedding, '[1, 2, 3]') LIMIT 10;
-- @ kind=ddl feature=fulltext source=https://docs.pingcap.com/tidb/stable/vector-search-full-text-search-sql
CREATE TABLE stock_items(
    id INT,
    title TEXT,
    FULLTEXT INDEX (title) WITH PARSER MULTILINGUAL
);
-- @ kind=ddl feature=fulltext source=https://docs.pingcap.com/tidb/stable/vector-search-full-text-search-sql
ALTER TABLE stock_items ADD FULLTEXT INDEX (title) WITH PARSER MULTILINGUAL;
-- @ kind=query feature=fulltext source=https://docs.pingcap.com/tidb/stable/vector-search-full-text-search-sql
SELECT * FROM stock_items WHERE fts_match_word("bluetooth earbuds", title) ORDER BY fts_match_word("bluetooth earbuds", title) DESC LIMIT 10;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-table
-- @ kind=admin feature=flashback-table
FLASHBACK TABLE t;
-- @ kind=admin feature=flashback-table
FLASHBACK TABLE t TO t1;
-- @ kind=admin feature=recover-table source=https://docs.pingcap.com/tidb/stable/sql-statement-recover-table
RECOVER TABLE t;
-- @ kind=admin feature=recover-table source=https://docs.pingcap.com/tidb/stable/sql-statement-recover-table
RECOVER TABLE BY JOB 53;
-- @ kind=admin feature=flashback-database source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-database
FLASHBACK DATABASE test;
-- @ kind=admin feature=flashback-database source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-database
FLASHBACK SCHEMA test TO test1;
-- @ kind=admin feature=flashback-cluster source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-cluster
FLASHBACK CLUSTER TO TIMESTAMP '2022-09-21 16:02:50';
-- @ kind=admin feature=flashback-cluster source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-cluster
FLASHBACK CLUSTER TO TSO 445494839813079041;
-- @ kind=admin feature=flashback-cluster source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-to-timestamp
FLASHBACK DATABASE test TO TIMESTAMP '2022-09-28 17:24:16';
-- @ kind=admin feature=flashback-cluster source=https://docs.pingcap.com/tidb/stable/sql-statement-flashback-to-timestamp
FLASHBACK TABLE t TO TIMESTAMP '2022-09-28 17:24:16';
-- @ kind=query feature=stale-read,as-of-timestamp source=https://docs.pingcap.com/tidb/stable/as-of-timestamp#syntax
SELECT * FROM t AS OF TIMESTAMP '2021-05-26 16:45:26';
-- @ kind=query feature=stale-read,as-of-timestamp source=https://docs.pingcap.com/tidb/stable/as-of-timestamp#syntax
SELECT * FROM t AS OF TIMESTAMP NOW() - INTERVAL 5 SECOND;
-- @ kind=query feature=stale-read,as-of-timestamp source=https://docs.pingcap.com/tidb/stable/as-of-timestamp#syntax
SELECT * FROM t AS OF TIMESTAMP TIDB_BOUNDED_STALENESS(NOW() - INTERVAL 20 SECOND, NOW());
-- @ kind=tcl feature=stale-read,as-of-timestamp source=https://docs.pingcap.com/tidb/stable/as-of-timestamp#syntax
START TRANSACTION READ ONLY AS OF TIMESTAMP '2021-05-26 16:45:26';
-- @ kind=tcl feature=stale-read,as-of-timestamp source=https://docs.pingcap.com/tidb/stable/as-of-timestamp#syntax
SET TRANSACTION READ ONLY AS OF TIMESTAMP '2021-05-26 16:45:26';

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-admin
-- @ kind=admin feature=admin
ADMIN SHOW DDL;
-- @ kind=admin feature=admin
ADMIN SHOW DDL JOBS;
-- @ kind=admin feature=admin
ADMIN SHOW DDL JOBS 5 WHERE state != 'synced' AND db_name = 'test';
-- @ kind=admin feature=admin
ADMIN SHOW DDL JOB QUERIES 51;
-- @ kind=admin feature=admin
ADMIN SHOW DDL JOB QUERIES LIMIT 3 OFFSET 4;
-- @ kind=admin feature=admin
ADMIN CANCEL DDL JOBS 54;
-- @ kind=admin feature=admin
ADMIN CANCEL DDL JOBS 1887, 1888;
-- @ kind=admin feature=admin
ADMIN PAUSE DDL JOBS 54;
-- @ kind=admin feature=admin
ADMIN RESUME DDL JOBS 54;
-- @ kind=admin feature=admin source=https://docs.pingcap.com/tidb/stable/sql-statement-admin-alter-ddl
ADMIN ALTER DDL JOBS 101 THREAD = 8, BATCH_SIZE = 256, MAX_WRITE_SPEED = '200MiB';
-- @ kind=admin feature=admin
ADMIN CHECK TABLE t1;
-- @ kind=admin feature=admin
ADMIN CHECK INDEX t1 c2;
-- @ kind=admin feature=admin
ADMIN CHECKSUM TABLE t1;
-- @ kind=admin feature=admin
ADMIN RECOVER INDEX t1 c2;
-- @ kind=admin feature=admin
ADMIN CLEANUP INDEX t1 c2;
-- @ kind=admin feature=admin
ADMIN CLEANUP TABLE LOCK t1;
-- @ kind=admin feature=admin
ADMIN SHOW SLOW RECENT 10;
-- @ kind=admin feature=admin
ADMIN SHOW SLOW TOP ALL 3;
-- @ kind=admin feature=admin
ADMIN SHOW t1 NEXT_ROW_ID;
-- @ kind=admin feature=admin
ADMIN RELOAD EXPR_PUSHDOWN_BLACKLIST;
-- @ kind=admin feature=admin
ADMIN PLUGINS ENABLE audit;
-- @ kind=admin feature=admin
ADMIN FLUSH bindings;
-- @ kind=admin feature=admin
ADMIN CAPTURE BINDINGS;
-- @ kind=admin feature=admin
ADMIN EVOLVE BINDINGS;
-- @ kind=admin feature=admin
ADMIN RELOAD BINDINGS;
-- @ kind=admin feature=admin
ADMIN REPAIR TABLE t CREATE TABLE t (a int, b int);
-- @ kind=admin feature=admin source=https://docs.pingcap.com/tidb/stable/sql-statement-admin-bdr-role
ADMIN SET BDR ROLE PRIMARY;
-- @ kind=admin feature=admin source=https://docs.pingcap.com/tidb/stable/sql-statement-admin-bdr-role
ADMIN SHOW BDR ROLE;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/partitioned-table
-- @ kind=ddl feature=partition-range
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE DEFAULT '9999-12-31',
    job_code INT NOT NULL,
    store_id INT NOT NULL
)
PARTITION BY RANGE (store_id) (
    PARTITION p0 VALUES LESS THAN (6),
    PARTITION p1 VALUES LESS THAN (11),
    PARTITION p2 VALUES LESS THAN (16),
    PARTITION p3 VALUES LESS THAN (21)
);
-- @ kind=ddl feature=partition-range,maxvalue
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE DEFAULT '9999-12-31',
    job_code INT NOT NULL,
    store_id INT NOT NULL
)
PARTITION BY RANGE (store_id) (
    PARTITION p0 VALUES LESS THAN (6),
    PARTITION p1 VALUES LESS THAN (11),
    PARTITION p2 VALUES LESS THAN (16),
    PARTITION p3 VALUES LESS THAN MAXVALUE
);
-- @ kind=ddl feature=partition-range,partition-function
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE DEFAULT '9999-12-31',
    job_code INT,
    store_id INT
)
PARTITION BY RANGE ( YEAR(separated) ) (
    PARTITION p0 VALUES LESS THAN (1991),
    PARTITION p1 VALUES LESS THAN (1996),
    PARTITION p2 VALUES LESS THAN (2001),
    PARTITION p3 VALUES LESS THAN MAXVALUE
);
-- @ kind=ddl feature=partition-range,partition-function
CREATE TABLE quarterly_report_status (
    report_id INT NOT NULL,
    report_status VARCHAR(20) NOT NULL,
    report_updated TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
)
PARTITION BY RANGE ( UNIX_TIMESTAMP(report_updated) ) (
    PARTITION p0 VALUES LESS THAN ( UNIX_TIMESTAMP('2008-01-01 00:00:00') ),
    PARTITION p1 VALUES LESS THAN ( UNIX_TIMESTAMP('2008-04-01 00:00:00') ),
    PARTITION p2 VALUES LESS THAN ( UNIX_TIMESTAMP('2008-07-01 00:00:00') ),
    PARTITION p3 VALUES LESS THAN ( MAXVALUE)
);
-- @ kind=ddl feature=partition-range-columns
CREATE TABLE t (
  valid_until datetime,
  user_name varchar(255) CHARACTER SET ascii,
  user_data text
)
PARTITION BY RANGE COLUMNS(valid_until) (
  PARTITION `p2022-06-01` VALUES LESS THAN ('2022-06-01'),
  PARTITION `p2022-07-01` VALUES LESS THAN ('2022-07-01'),
  PARTITION `pMax` VALUES LESS THAN (MAXVALUE)
);
-- @ kind=ddl feature=partition-range-columns,multi-column
CREATE TABLE t2 (
  valid_until datetime,
  user_name varchar(255) CHARACTER SET ascii,
  user_data text
)
PARTITION BY RANGE COLUMNS(user_name, valid_until) (
  PARTITION `p2022-06-01` VALUES LESS THAN ('', '2022-06-01'),
  PARTITION `p2022-07-01` VALUES LESS THAN ('', '2022-07-01'),
  PARTITION `pMax` VALUES LESS THAN (MAXVALUE, MAXVALUE)
);
-- @ kind=ddl feature=partition-range,interval-partitioning
CREATE TABLE employees (
    id int unsigned NOT NULL,
    fname varchar(30),
    lname varchar(30),
    hired date NOT NULL DEFAULT '1970-01-01',
    separated date DEFAULT '9999-12-31',
    job_code int,
    store_id int NOT NULL
) PARTITION BY RANGE (id)
INTERVAL (100) FIRST PARTITION LESS THAN (100) LAST PARTITION LESS THAN (10000) MAXVALUE PARTITION;
-- @ kind=ddl feature=partition-range-columns,interval-partitioning
CREATE TABLE monthly_report_status (
    report_id int NOT NULL,
    report_status varchar(20) NOT NULL,
    report_date date NOT NULL
)
PARTITION BY RANGE COLUMNS (report_date)
INTERVAL (1 MONTH) FIRST PARTITION LESS THAN ('2000-01-01') LAST PARTITION LESS THAN ('2025-01-01');
-- @ kind=ddl feature=partition-range,interval-partitioning
ALTER TABLE table_name LAST PARTITION LESS THAN (80000);
-- @ kind=ddl feature=partition-range,interval-partitioning
ALTER TABLE table_name FIRST PARTITION LESS THAN (100);
-- @ kind=ddl feature=partition-list
CREATE TABLE t (
  id INT,
  name VARCHAR(10)
)
PARTITION BY LIST (id) (
  PARTITION p0 VALUES IN (1, 2, 3),
  PARTITION p1 VALUES IN (4, 5, 6),
  PARTITION p2 VALUES IN (7, 8, 9)
);
-- @ kind=ddl feature=partition-list,default-partition
CREATE TABLE t (
  a INT,
  b INT
)
PARTITION BY LIST (a) (
  PARTITION p0 VALUES IN (1, 2, 3),
  PARTITION p1 VALUES IN (4, 5, 6),
  PARTITION pDef DEFAULT
);
-- @ kind=ddl feature=partition-list-columns
CREATE TABLE employees_1 (
    id INT NOT NULL,
    hired DATE NOT NULL DEFAULT '1970-01-01',
    store_id INT,
    city VARCHAR(15)
)
PARTITION BY LIST COLUMNS(city) (
    PARTITION pRegion_1 VALUES IN('LosAngeles', 'Seattle', 'Houston'),
    PARTITION pRegion_2 VALUES IN('Chicago', 'Columbus', 'Boston'),
    PARTITION pRegion_3 VALUES IN('NewYork', 'LongIsland', 'Baltimore'),
    PARTITION pRegion_4 VALUES IN('Atlanta', 'Raleigh', 'Cincinnati')
);
-- @ kind=ddl feature=partition-hash
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE DEFAULT '9999-12-31',
    job_code INT,
    store_id INT
)
PARTITION BY HASH(store_id)
PARTITIONS 4;
-- @ kind=ddl feature=partition-hash,partition-function
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE DEFAULT '9999-12-31',
    job_code INT,
    store_id INT
)
PARTITION BY HASH( YEAR(hired) )
PARTITIONS 4;
-- @ kind=ddl feature=partition-key
CREATE TABLE employees (
    id INT NOT NULL,
    fname VARCHAR(30),
    lname VARCHAR(30),
    hired DATE NOT NULL DEFAULT '1970-01-01',
    separated DATE DEFAULT '9999-12-31',
    job_code INT,
    store_id INT
)
PARTITION BY KEY(store_id)
PARTITIONS 4;
-- @ kind=ddl feature=partition-key
CREATE TABLE k1 (
    id INT NOT NULL,
    name VARCHAR(20),
    UNIQUE KEY (id)
)
PARTITION BY KEY()
PARTITIONS 2;
-- @ kind=ddl feature=partition-alter,add-partition
ALTER TABLE members ADD PARTITION (PARTITION `p1990to2010` VALUES LESS THAN (2010));
-- @ kind=ddl feature=partition-alter,drop-partition
ALTER TABLE members DROP PARTITION p1990;
-- @ kind=ddl feature=partition-alter,truncate-partition
ALTER TABLE members TRUNCATE PARTITION p1990;
-- @ kind=ddl feature=partition-alter,reorganize-partition
ALTER TABLE members REORGANIZE PARTITION `p1990to2010` INTO
(PARTITION p1990 VALUES LESS THAN (2000),
 PARTITION p2000 VALUES LESS THAN (2010),
 PARTITION p2010 VALUES LESS THAN (2020),
 PARTITION p2020 VALUES LESS THAN (2030),
 PARTITION pMax VALUES LESS THAN (MAXVALUE));
-- @ kind=ddl feature=partition-alter,add-partition
ALTER TABLE example ADD PARTITION PARTITIONS 8;
-- @ kind=ddl feature=partition-alter,coalesce-partition
ALTER TABLE example COALESCE PARTITION 1;
-- @ kind=ddl feature=partition-alter,exchange-partition
ALTER TABLE members EXCHANGE PARTITION p1990 WITH TABLE members_1990;
-- @ kind=ddl feature=partition-alter,remove-partitioning
ALTER TABLE members REMOVE PARTITIONING;
-- @ kind=ddl feature=partition-alter,partition-by
ALTER TABLE member_level PARTITION BY RANGE(level)
(PARTITION pLow VALUES LESS THAN (1),
 PARTITION pMid VALUES LESS THAN (3),
 PARTITION pHigh VALUES LESS THAN (7),
 PARTITION pMax VALUES LESS THAN (MAXVALUE));
-- @ kind=ddl feature=partition-alter,partition-by,update-indexes
ALTER TABLE t1 PARTITION BY HASH (col1) PARTITIONS 3 UPDATE INDEXES (uidx12 LOCAL, uidx3 GLOBAL);
-- @ kind=ddl feature=partition-range,global-index
CREATE TABLE t1 (
    col1 INT NOT NULL,
    col2 DATE NOT NULL,
    col3 INT NOT NULL,
    col4 INT NOT NULL,
    UNIQUE KEY uidx12(col1, col2) GLOBAL,
    UNIQUE KEY uidx3(col3),
    KEY idx1(col1) GLOBAL
)
PARTITION BY HASH(col3)
PARTITIONS 4;
-- @ kind=query feature=partition-selection
SELECT * FROM employees PARTITION (p1);
-- @ kind=query feature=partition-selection
SELECT * FROM employees PARTITION (p0, p2) WHERE lname LIKE 'S%';
-- @ kind=dml feature=partition-selection
DELETE FROM employees PARTITION (p0, p1) WHERE fname LIKE 'j%';
-- @ kind=dml feature=partition-selection
UPDATE employees PARTITION (p0) SET store_id = 2 WHERE fname = 'Jill';
-- @ kind=dml feature=partition-selection
INSERT INTO employees PARTITION (p2) VALUES (20, 'Jan', 'Jones', 3, 2);
-- @ kind=admin feature=analyze,partition
ANALYZE TABLE employees PARTITION p1;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/comment-syntax
-- @ kind=query feature=comment
SELECT 1+1;     # This comment continues to the end of line
-- @ kind=query feature=comment
SELECT 1+1;     -- This comment continues to the end of line
-- @ kind=query feature=comment
SELECT 1 /* this is an in-line comment */ + 1;
-- @ kind=query feature=comment
SELECT 1+
/*
/*> this is a
/*> multiple-line comment
/*> */
1;
-- @ kind=query feature=executable-comment,mysql-comment
SELECT /*! STRAIGHT_JOIN */ col1 FROM table1,table2 WHERE col1 = col2;
-- @ kind=ddl feature=executable-comment,tidb-comment,shard-row-id-bits
CREATE TABLE t1 (id INT NOT NULL PRIMARY KEY NONCLUSTERED) /*T! SHARD_ROW_ID_BITS=4 */;
-- @ kind=query feature=optimizer-hint
SELECT /*+ USE_INDEX(t1, idx1), HASH_AGG(), HASH_JOIN(t1) */ count(*) FROM t t1, t t2 WHERE t1.a = t2.b;
-- @ kind=ddl feature=executable-comment,mysql-comment,version source=https://docs.pingcap.com/tidb/stable/comment-syntax#mysql-compatible-comment-syntax
CREATE TABLE t1(a INT, KEY (a)) /*!50110 KEY_BLOCK_SIZE=1024 */;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/optimizer-hints
-- @ kind=query feature=optimizer-hint
SELECT /*+ MERGE_JOIN(t1, t2) */ * FROM t1, t2 WHERE t1.id = t2.id;
-- @ kind=query feature=optimizer-hint
SELECT /*+ INL_JOIN(t1, t2) */ * FROM t1, t2, t3 WHERE t1.id = t2.id AND t2.id = t3.id;
-- @ kind=query feature=optimizer-hint
SELECT /*+ HASH_JOIN(t1, t2) */ * FROM t1, t2 WHERE t1.id = t2.id;
-- @ kind=query feature=optimizer-hint
SELECT /*+ READ_FROM_STORAGE(TIFLASH[t1], TIKV[t2]) */ t1.a FROM t t1, t t2 WHERE t1.a = t2.a;
-- @ kind=query feature=optimizer-hint
SELECT /*+ MAX_EXECUTION_TIME(1000) */ * FROM t1 INNER JOIN t2 WHERE t1.id = t2.id;
-- @ kind=query feature=optimizer-hint
SELECT /*+ QB_NAME(QB1) */ * FROM (SELECT * FROM t) t1, (SELECT * FROM t) t2;
-- @ kind=query feature=optimizer-hint
SELECT /*+ SET_VAR(tidb_index_serial_scan_concurrency=1) */ * FROM t;
-- @ kind=query feature=optimizer-hint
SELECT /*+ RESOURCE_GROUP(rg1) */ * FROM t limit 10;
-- @ kind=dml feature=optimizer-hint
UPDATE /*+ MEMORY_QUOTA(1024 MB) */ t SET a = a + 1;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-create-resource-group
-- @ kind=ddl feature=resource-group
CREATE RESOURCE GROUP IF NOT EXISTS rg1 RU_PER_SEC = 100 BURSTABLE;
-- @ kind=ddl feature=resource-group
CREATE RESOURCE GROUP IF NOT EXISTS rg2 RU_PER_SEC = 200 QUERY_LIMIT=(EXEC_ELAPSED='100ms', ACTION=KILL);
-- @ kind=ddl feature=resource-group
CREATE RESOURCE GROUP rg3 RU_PER_SEC = 100 PRIORITY = HIGH BACKGROUND = (TASK_TYPES = 'br,stats');
-- @ kind=ddl feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-resource-group
ALTER RESOURCE GROUP rg1 RU_PER_SEC = 200 QUERY_LIMIT=(EXEC_ELAPSED='1s', ACTION=COOLDOWN, WATCH=EXACT DURATION='30s');
-- @ kind=ddl feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-resource-group
ALTER RESOURCE GROUP default BACKGROUND = NULL;
-- @ kind=ddl feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-resource-group
DROP RESOURCE GROUP IF EXISTS rg1;
-- @ kind=session feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-set-resource-group
SET RESOURCE GROUP rg1;
-- @ kind=dcl feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-create-user
CREATE USER 'usr3'@'%' IDENTIFIED BY '123' RESOURCE GROUP rg1;
-- @ kind=dcl feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-user
ALTER USER usr2 RESOURCE GROUP rg2;
-- @ kind=admin feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-calibrate-resource
CALIBRATE RESOURCE WORKLOAD OLTP_WRITE_ONLY;
-- @ kind=admin feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-query-watch
QUERY WATCH ADD RESOURCE GROUP rg1 SQL TEXT EXACT TO 'select * from test.t2';
-- @ kind=utility feature=resource-group source=https://docs.pingcap.com/tidb/stable/sql-statement-show-create-resource-group
SHOW CREATE RESOURCE GROUP rg1;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-create-binding
-- @ kind=admin feature=binding
CREATE GLOBAL BINDING FOR SELECT * FROM t1 WHERE b = 123 USING SELECT * FROM t1 IGNORE INDEX (b) WHERE b = 123;
-- @ kind=admin feature=binding
CREATE SESSION BINDING FOR SELECT * FROM t1 WHERE b = 123 USING SELECT * FROM t1 IGNORE INDEX (b) WHERE b = 123;
-- @ kind=admin feature=binding
CREATE BINDING FROM HISTORY USING PLAN DIGEST '4e3159169cc63c14b139a4e7d72eae1759875c9a9581f94bb2079aae961189cb';
-- @ kind=admin feature=binding source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-binding
DROP BINDING FOR SELECT * FROM t1 WHERE b = 123;
-- @ kind=admin feature=binding source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-binding
DROP GLOBAL BINDING FOR SQL DIGEST '6b8ef7bbd1bf3c95fe5dd4bd2d0cbf89f1b8b59ed6bd00d0b7ef22bba4dd9c4a';
-- @ kind=utility feature=binding source=https://docs.pingcap.com/tidb/stable/sql-statement-show-bindings
SHOW GLOBAL BINDINGS;
-- @ kind=admin feature=binding source=https://docs.pingcap.com/tidb/stable/sql-statement-set-binding
SET BINDING DISABLED FOR SELECT * FROM t WHERE a = 1;

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statement-import-into
-- @ kind=dml feature=import-into
IMPORT INTO t FROM '/path/to/file.csv' WITH skip_rows=1;
-- @ kind=dml feature=import-into
IMPORT INTO t(id, name, @1) SET age = CAST(@1 AS SIGNED) FROM 's3://bucket/path/to/file.csv' WITH skip_rows = 1;
-- @ kind=dml feature=import-into
IMPORT INTO t FROM '/path/to/file-*.csv' FORMAT 'csv' WITH DETACHED, THREAD = 8;
-- @ kind=dml feature=import-into
IMPORT INTO t FROM SELECT * FROM src WHERE id > 100;
-- @ kind=utility feature=import-into source=https://docs.pingcap.com/tidb/stable/sql-statement-show-import-job
SHOW IMPORT JOBS;
-- @ kind=admin feature=import-into source=https://docs.pingcap.com/tidb/stable/sql-statement-cancel-import-job
CANCEL IMPORT JOB 1;
-- @ kind=dml feature=load-data source=https://docs.pingcap.com/tidb/stable/sql-statement-load-data
LOAD DATA LOCAL INFILE '/mnt/evo970/data-sets/bikeshare-data/2017Q4-capitalbikeshare-tripdata.csv' INTO TABLE trips FIELDS TERMINATED BY ',' ENCLOSED BY '\"' LINES TERMINATED BY '\r\n' IGNORE 1 LINES (duration, start_date, end_date, start_station_number, start_station, end_station_number, end_station, bike_number, member_type);
-- @ kind=admin feature=backup source=https://docs.pingcap.com/tidb/stable/sql-statement-backup
BACKUP DATABASE `test` TO 'local:///mnt/backup/2020/04/';
-- @ kind=admin feature=backup source=https://docs.pingcap.com/tidb/stable/sql-statement-backup
BACKUP DATABASE * TO 's3://example-bucket-2020/backup-06/' RATE_LIMIT = 120 MB/SECOND;
-- @ kind=admin feature=restore source=https://docs.pingcap.com/tidb/stable/sql-statement-restore
RESTORE DATABASE * FROM 'local:///mnt/backup/2020/04/';
-- @ kind=admin feature=restore source=https://docs.pingcap.com/tidb/stable/sql-statement-restore
RESTORE TABLE `test`.`stock`, `test`.`order` FROM 'local:///mnt/backup/2020/04/';

-- @@ engine=TIDB source=https://docs.pingcap.com/tidb/stable/sql-statements
-- @ kind=ddl feature=add-column source=https://docs.pingcap.com/tidb/stable/sql-statement-add-column#examples
ALTER TABLE t1 ADD COLUMN c2 INT NOT NULL;
-- @ kind=ddl feature=add-column,column-position source=https://docs.pingcap.com/tidb/stable/sql-statement-add-column#examples
ALTER TABLE t1 ADD c3 INT NOT NULL AFTER c1;
-- @ kind=ddl feature=add-column,if-not-exists source=https://docs.pingcap.com/tidb/stable/sql-statement-add-column#synopsis
ALTER TABLE t1 ADD COLUMN IF NOT EXISTS c4 INT;
-- @ kind=ddl feature=add-column,multiple source=https://docs.pingcap.com/tidb/stable/sql-statement-add-column#synopsis
ALTER TABLE t1 ADD COLUMN (c5 INT, c6 VARCHAR(10) DEFAULT 'x');
-- @ kind=ddl feature=add-index source=https://docs.pingcap.com/tidb/stable/sql-statement-add-index#examples
ALTER TABLE t1 ADD INDEX (c1);
-- @ kind=ddl feature=add-index,index-type source=https://docs.pingcap.com/tidb/stable/sql-statement-add-index#synopsis
ALTER TABLE t1 ADD INDEX idx_c1 (c1) USING BTREE COMMENT 'lookup';
-- @ kind=ddl feature=add-index,expression-index source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#expression-index
CREATE INDEX idx1 ON t1 ((lower(col1)));
-- @ kind=ddl feature=add-index,expression-index source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#expression-index
ALTER TABLE t1 ADD INDEX idx1((lower(col1)));
-- @ kind=ddl feature=create-table,expression-index source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#expression-index
CREATE TABLE t1 (col1 char(10), col2 char(10), INDEX ((lower(col1))));
-- @ kind=ddl feature=create-index,multi-valued-index source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#multi-valued-indexes
CREATE TABLE customers (
    id BIGINT PRIMARY KEY,
    name CHAR(10),
    custinfo JSON,
    INDEX zips((CAST(custinfo->'$.zipcode' AS UNSIGNED ARRAY)))
);
-- @ kind=ddl feature=create-index,multi-valued-index source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#multi-valued-indexes
CREATE INDEX zips ON customers ((CAST(custinfo->'$.zipcode' AS UNSIGNED ARRAY)));
-- @ kind=query feature=json,member-of source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#multi-valued-indexes
SELECT /*+ use_index_merge(customers, zips) */ * FROM customers WHERE 94507 MEMBER OF (custinfo->'$.zipcode');
-- @ kind=ddl feature=create-index,if-not-exists source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#synopsis
CREATE INDEX IF NOT EXISTS c1 ON t1 (c1);
-- @ kind=ddl feature=create-index,unique source=https://docs.pingcap.com/tidb/stable/sql-statement-create-index#examples
CREATE UNIQUE INDEX c1 ON t1 (c1);
-- @ kind=ddl feature=drop-index source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-index#examples
DROP INDEX c1 ON t1;
-- @ kind=ddl feature=drop-index,if-exists source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-index#synopsis
DROP INDEX IF EXISTS c1 ON t1;
-- @ kind=ddl feature=rename-index source=https://docs.pingcap.com/tidb/stable/sql-statement-rename-index#examples
ALTER TABLE t1 RENAME INDEX col1 TO c1;
-- @ kind=ddl feature=change-column source=https://docs.pingcap.com/tidb/stable/sql-statement-change-column#examples
ALTER TABLE t1 CHANGE col1 col2 INT;
-- @ kind=ddl feature=change-column source=https://docs.pingcap.com/tidb/stable/sql-statement-change-column#examples
ALTER TABLE t1 CHANGE col2 col3 BIGINT, ALGORITHM=INSTANT;
-- @ kind=ddl feature=change-column source=https://docs.pingcap.com/tidb/stable/sql-statement-change-column#examples
ALTER TABLE t CHANGE COLUMN a a VARCHAR(10);
-- @ kind=ddl feature=modify-column source=https://docs.pingcap.com/tidb/stable/sql-statement-modify-column#examples
ALTER TABLE t1 MODIFY col1 BIGINT;
-- @ kind=ddl feature=modify-column source=https://docs.pingcap.com/tidb/stable/sql-statement-modify-column#examples
ALTER TABLE t1 MODIFY col1 INT;
-- @ kind=ddl feature=modify-column,charset source=https://docs.pingcap.com/tidb/stable/sql-statement-modify-column#examples
ALTER TABLE t1 MODIFY col1 VARCHAR(20) CHARSET utf8mb4 COLLATE utf8mb4_bin;
-- @ kind=ddl feature=rename-column source=https://docs.pingcap.com/tidb/stable/sql-statement-rename-column#examples
ALTER TABLE t1 RENAME COLUMN col1 TO col2;
-- @ kind=ddl feature=drop-column source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-column#examples
ALTER TABLE t1 DROP COLUMN col2;
-- @ kind=ddl feature=drop-column,multiple source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-column#examples
ALTER TABLE t1 DROP COLUMN col2, DROP COLUMN col3;
-- @ kind=ddl feature=alter-column,default source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t1 ALTER COLUMN c1 SET DEFAULT 5;
-- @ kind=ddl feature=alter-column,default source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t1 ALTER c1 DROP DEFAULT;
-- @ kind=ddl feature=convert-charset source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t1 CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
-- @ kind=ddl feature=rename-table source=https://docs.pingcap.com/tidb/stable/sql-statement-rename-table#examples
RENAME TABLE t1 TO t2;
-- @ kind=ddl feature=rename-table,multiple source=https://docs.pingcap.com/tidb/stable/sql-statement-rename-table#examples
RENAME TABLE t1 TO t2, t3 TO t4;
-- @ kind=ddl feature=rename-table,qualified source=https://docs.pingcap.com/tidb/stable/sql-statement-rename-table#examples
RENAME TABLE test.t2 TO test1.t2;
-- @ kind=ddl feature=rename-table,alter-table source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-table#synopsis
ALTER TABLE t1 RENAME TO t2;
-- @ kind=ddl feature=truncate source=https://docs.pingcap.com/tidb/stable/sql-statement-truncate#examples
TRUNCATE TABLE t1;
-- @ kind=ddl feature=truncate source=https://docs.pingcap.com/tidb/stable/sql-statement-truncate#examples
TRUNCATE t1;
-- @ kind=ddl feature=drop-table,multiple source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-table#examples
DROP TABLE IF EXISTS t1, t2;
-- @ kind=ddl feature=drop-view source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-view#examples
DROP VIEW v1;
-- @ kind=ddl feature=create-view source=https://docs.pingcap.com/tidb/stable/sql-statement-create-view#examples
CREATE VIEW v1 AS SELECT * FROM t1 WHERE c1 > 2;
-- @ kind=ddl feature=create-view,or-replace source=https://docs.pingcap.com/tidb/stable/sql-statement-create-view#synopsis
CREATE OR REPLACE ALGORITHM = UNDEFINED DEFINER = CURRENT_USER SQL SECURITY DEFINER VIEW v1 (c) AS SELECT c1 FROM t1 WITH LOCAL CHECK OPTION;
-- @ kind=ddl feature=create-table-like source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table-like#examples
CREATE TABLE t2 LIKE t1;
-- @ kind=ddl feature=create-table-as-select source=https://docs.pingcap.com/tidb/stable/sql-statement-create-table#synopsis
CREATE TABLE t2 AS SELECT * FROM t1;
-- @ kind=ddl feature=create-database source=https://docs.pingcap.com/tidb/stable/sql-statement-create-database#examples
CREATE DATABASE mynewdatabase;
-- @ kind=ddl feature=create-database,charset source=https://docs.pingcap.com/tidb/stable/sql-statement-create-database#synopsis
CREATE DATABASE IF NOT EXISTS mydb DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci;
-- @ kind=ddl feature=create-database,placement-policy source=https://docs.pingcap.com/tidb/stable/sql-statement-create-database#synopsis
CREATE DATABASE db1 PLACEMENT POLICY = p1;
-- @ kind=ddl feature=alter-database source=https://docs.pingcap.com/tidb/stable/sql-statement-alter-database#examples
ALTER DATABASE test DEFAULT CHARACTER SET = utf8mb4;
-- @ kind=ddl feature=drop-database source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-database#examples
DROP DATABASE test;
-- @ kind=session feature=use source=https://docs.pingcap.com/tidb/stable/sql-statement-use#examples
USE mysql;
-- @ kind=dml feature=delete source=https://docs.pingcap.com/tidb/stable/sql-statement-delete#examples
DELETE FROM t1 WHERE id = 4;
-- @ kind=dml feature=delete,order-by-limit source=https://docs.pingcap.com/tidb/stable/sql-statement-delete#synopsis
DELETE LOW_PRIORITY QUICK IGNORE FROM t1 WHERE c1 > 10 ORDER BY id LIMIT 100;
-- @ kind=dml feature=delete,multi-table source=https://docs.pingcap.com/tidb/stable/sql-statement-delete#synopsis
DELETE t1, t2 FROM t1 INNER JOIN t2 ON t1.id = t2.id WHERE t1.c1 = 0;
-- @ kind=dml feature=update source=https://docs.pingcap.com/tidb/stable/sql-statement-update#examples
UPDATE t1 SET c1=5 WHERE c1=3;
-- @ kind=dml feature=update,multi-table source=https://docs.pingcap.com/tidb/stable/sql-statement-update#synopsis
UPDATE t1, t2 SET t1.c1 = t2.c1 WHERE t1.id = t2.id;
-- @ kind=dml feature=replace source=https://docs.pingcap.com/tidb/stable/sql-statement-replace#examples
REPLACE INTO t1 (id, c1) VALUES(3, 99);
-- @ kind=dml feature=insert,on-duplicate-key-update source=https://docs.pingcap.com/tidb/stable/sql-statement-insert#examples
INSERT INTO t1 VALUES (1, 1) ON DUPLICATE KEY UPDATE c1 = VALUES(c1) + 1;
-- @ kind=dml feature=insert,select source=https://docs.pingcap.com/tidb/stable/sql-statement-insert#examples
INSERT INTO t1 (a) SELECT * FROM t2;
-- @ kind=dml feature=insert,set source=https://docs.pingcap.com/tidb/stable/sql-statement-insert#synopsis
INSERT INTO t1 SET a = 1, b = 'x';
-- @ kind=query feature=select,cte source=https://docs.pingcap.com/tidb/stable/sql-statement-with#examples
WITH cte AS (SELECT 1, 2) SELECT * FROM cte t1, cte t2;
-- @ kind=query feature=select,recursive-cte source=https://docs.pingcap.com/tidb/stable/sql-statement-with#examples
WITH RECURSIVE cte(a) AS (SELECT 1 UNION SELECT a+1 FROM cte WHERE a < 5) SELECT * FROM cte;
-- @ kind=query feature=select,window-function source=https://docs.pingcap.com/tidb/stable/window-functions
SELECT id, ROW_NUMBER() OVER (PARTITION BY c1 ORDER BY id) AS rn FROM t1;
-- @ kind=query feature=select,for-update source=https://docs.pingcap.com/tidb/stable/sql-statement-select#synopsis
SELECT * FROM t1 WHERE id = 1 FOR UPDATE NOWAIT;
-- @ kind=query feature=select,tablesample source=https://docs.pingcap.com/tidb/stable/sql-statement-select#synopsis
SELECT * FROM t TABLESAMPLE REGIONS();
-- @ kind=query feature=select,into-outfile source=https://docs.pingcap.com/tidb/stable/sql-statement-select#synopsis
SELECT * FROM t INTO OUTFILE '/tmp/tmp_file1';
-- @ kind=utility feature=explain-analyze source=https://docs.pingcap.com/tidb/stable/sql-statement-explain-analyze#examples
EXPLAIN ANALYZE SELECT * FROM t1 WHERE id = 1;
-- @ kind=utility feature=explain,format source=https://docs.pingcap.com/tidb/stable/sql-statement-explain#examples
EXPLAIN FORMAT = "brief" DELETE FROM t1 WHERE c1 = 3;
-- @ kind=utility feature=explain,for-connection source=https://docs.pingcap.com/tidb/stable/sql-statement-explain-for-connection
EXPLAIN FOR CONNECTION 2;
-- @ kind=utility feature=trace source=https://docs.pingcap.com/tidb/stable/sql-statement-trace
TRACE FORMAT='row' SELECT * FROM mysql.user;
-- @ kind=utility feature=plan-replayer source=https://docs.pingcap.com/tidb/stable/sql-plan-replayer
PLAN REPLAYER DUMP EXPLAIN SELECT * FROM t;
-- @ kind=utility feature=show source=https://docs.pingcap.com/tidb/stable/sql-statement-show-create-table
SHOW CREATE TABLE t1;
-- @ kind=utility feature=show source=https://docs.pingcap.com/tidb/stable/sql-statement-show-index
SHOW INDEXES FROM t1;
-- @ kind=utility feature=show source=https://docs.pingcap.com/tidb/stable/sql-statement-show-columns-from
SHOW FULL COLUMNS FROM t1 FROM test;
-- @ kind=utility feature=show source=https://docs.pingcap.com/tidb/stable/sql-statement-show-table-status
SHOW TABLE STATUS LIKE 't%';
-- @ kind=utility feature=show source=https://docs.pingcap.com/tidb/stable/sql-statement-show-stats-meta
SHOW STATS_META WHERE table_name = 't';
-- @ kind=utility feature=show source=https://docs.pingcap.com/tidb/stable/sql-statement-show-config
SHOW CONFIG WHERE type = 'tikv' AND name = 'log-level';
-- @ kind=admin feature=set-config source=https://docs.pingcap.com/tidb/stable/dynamic-config
SET CONFIG tikv `split.qps-threshold`=1000;
-- @ kind=admin feature=analyze source=https://docs.pingcap.com/tidb/stable/sql-statement-analyze-table#examples
ANALYZE TABLE t1;
-- @ kind=admin feature=analyze source=https://docs.pingcap.com/tidb/stable/sql-statement-analyze-table#synopsis
ANALYZE TABLE t1 INDEX idx1 WITH 10 TOPN, 512 BUCKETS;
-- @ kind=admin feature=analyze source=https://docs.pingcap.com/tidb/stable/sql-statement-analyze-table#synopsis
ANALYZE TABLE t1 PREDICATE COLUMNS;
-- @ kind=admin feature=drop-stats source=https://docs.pingcap.com/tidb/stable/sql-statement-drop-stats#examples
DROP STATS t;
-- @ kind=admin feature=load-stats source=https://docs.pingcap.com/tidb/stable/sql-statement-load-stats
LOAD STATS '/tmp/stats.json';
-- @ kind=admin feature=lock-stats source=https://docs.pingcap.com/tidb/stable/sql-statement-lock-stats
LOCK STATS t;
-- @ kind=admin feature=lock-stats source=https://docs.pingcap.com/tidb/stable/sql-statement-unlock-stats
UNLOCK STATS t PARTITION p1;
-- @ kind=admin feature=flush source=https://docs.pingcap.com/tidb/stable/sql-statement-flush-privileges
FLUSH PRIVILEGES;
-- @ kind=admin feature=flush source=https://docs.pingcap.com/tidb/stable/sql-statement-flush-stats-delta
FLUSH STATS_DELTA CLUSTER;
-- @ kind=tcl feature=begin source=https://docs.pingcap.com/tidb/stable/sql-statement-begin#examples
BEGIN PESSIMISTIC;
-- @ kind=tcl feature=begin source=https://docs.pingcap.com/tidb/stable/sql-statement-start-transaction
START TRANSACTION WITH CAUSAL CONSISTENCY ONLY;
-- @ kind=tcl feature=commit source=https://docs.pingcap.com/tidb/stable/sql-statement-commit#examples
COMMIT;
-- @ kind=tcl feature=savepoint source=https://docs.pingcap.com/tidb/stable/sql-statement-savepoint
SAVEPOINT sp1;
-- @ kind=tcl feature=savepoint source=https://docs.pingcap.com/tidb/stable/sql-statement-savepoint
ROLLBACK TO SAVEPOINT sp1;
-- @ kind=dcl feature=create-user source=https://docs.pingcap.com/tidb/stable/sql-statement-create-user#examples
CREATE USER 'newuser' IDENTIFIED BY 'newuserpassword';
-- @ kind=dcl feature=create-user source=https://docs.pingcap.com/tidb/stable/sql-statement-create-user#examples
CREATE USER 'newuser2'@'192.168.1.1' IDENTIFIED BY 'newuserpassword' REQUIRE SSL;
-- @ kind=dcl feature=grant source=https://docs.pingcap.com/tidb/stable/sql-statement-grant-privileges#examples
GRANT ALL ON test.* TO 'newuser';
-- @ kind=dcl feature=grant,dynamic-privilege source=https://docs.pingcap.com/tidb/stable/privilege-management
GRANT BACKUP_ADMIN ON *.* TO 'newuser';
-- @ kind=dcl feature=revoke source=https://docs.pingcap.com/tidb/stable/sql-statement-revoke-privileges#examples
REVOKE ALL ON test.* FROM 'newuser';
-- @ kind=dcl feature=role source=https://docs.pingcap.com/tidb/stable/sql-statement-create-role#examples
CREATE ROLE analyticsteam;
-- @ kind=dcl feature=role source=https://docs.pingcap.com/tidb/stable/sql-statement-grant-role#examples
GRANT analyticsteam TO jennifer;
-- @ kind=dcl feature=role source=https://docs.pingcap.com/tidb/stable/sql-statement-set-default-role#examples
SET DEFAULT ROLE ALL TO jennifer;
-- @ kind=session feature=set-variable source=https://docs.pingcap.com/tidb/stable/sql-statement-set-variable#examples
SET GLOBAL tidb_distsql_scan_concurrency = 10;
-- @ kind=session feature=set-names source=https://docs.pingcap.com/tidb/stable/sql-statement-set-names#examples
SET NAMES utf8mb4 COLLATE utf8mb4_bin;
-- @ kind=session feature=prepare source=https://docs.pingcap.com/tidb/stable/sql-statement-prepare#examples
PREPARE mystmt FROM 'SELECT ? as num FROM DUAL';
-- @ kind=session feature=execute source=https://docs.pingcap.com/tidb/stable/sql-statement-execute#examples
EXECUTE mystmt USING @number;
-- @ kind=session feature=deallocate source=https://docs.pingcap.com/tidb/stable/sql-statement-deallocate#examples
DEALLOCATE PREPARE mystmt;
-- @ kind=query feature=do source=https://docs.pingcap.com/tidb/stable/sql-statement-do#examples
DO SLEEP(1);
-- @ kind=admin feature=lock-tables source=https://docs.pingcap.com/tidb/stable/sql-statement-lock-tables-and-unlock-tables
LOCK TABLES t1 WRITE, t2 READ;
-- @ kind=admin feature=lock-tables source=https://docs.pingcap.com/tidb/stable/sql-statement-lock-tables-and-unlock-tables
UNLOCK TABLES;
-- @ kind=ddl feature=foreign-key source=https://docs.pingcap.com/tidb/stable/foreign-key#create-a-foreign-key-constraint
CREATE TABLE child (
    id INT,
    parent_id INT,
    INDEX par_ind (parent_id),
    FOREIGN KEY (parent_id)
        REFERENCES parent(id)
        ON DELETE CASCADE
);
-- @ kind=ddl feature=foreign-key source=https://docs.pingcap.com/tidb/stable/foreign-key#create-a-foreign-key-constraint
ALTER TABLE child ADD CONSTRAINT fk_1 FOREIGN KEY (parent_id) REFERENCES parent(id) ON UPDATE CASCADE;
-- @ kind=ddl feature=foreign-key source=https://docs.pingcap.com/tidb/stable/foreign-key#delete-a-foreign-key-constraint
ALTER TABLE child DROP FOREIGN KEY fk_1;
-- @ kind=ddl feature=check-constraint source=https://docs.pingcap.com/tidb/stable/constraints#check
CREATE TABLE t(a INT CHECK(a > 10) NOT ENFORCED, b INT, c INT, CONSTRAINT c1 CHECK (b > c));
-- @ kind=ddl feature=check-constraint source=https://docs.pingcap.com/tidb/stable/constraints#check
ALTER TABLE t ADD CONSTRAINT c2 CHECK (c > 0);
-- @ kind=ddl feature=check-constraint source=https://docs.pingcap.com/tidb/stable/constraints#check
ALTER TABLE t ALTER CONSTRAINT c1 NOT ENFORCED;
-- @ kind=ddl feature=check-constraint source=https://docs.pingcap.com/tidb/stable/constraints#check
ALTER TABLE t DROP CONSTRAINT c1;
-- @ kind=ddl feature=generated-column source=https://docs.pingcap.com/tidb/stable/generated-columns
CREATE TABLE person (
    id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    address_info JSON,
    city VARCHAR(64) AS (JSON_UNQUOTE(JSON_EXTRACT(address_info, '$.city'))) STORED,
    KEY (city)
);
-- @ kind=ddl feature=generated-column source=https://docs.pingcap.com/tidb/stable/generated-columns
ALTER TABLE person ADD COLUMN city VARCHAR(64) AS (JSON_UNQUOTE(JSON_EXTRACT(address_info, '$.city')));
