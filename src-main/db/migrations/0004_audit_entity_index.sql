CREATE TABLE `audit_entity_index` (
	`entity_id` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`entity_id`, `seq`)
);
