CREATE TABLE `hemis_rejects` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`student_id_number` text,
	`name` text DEFAULT '' NOT NULL,
	`issues` text NOT NULL,
	`pull_id` text NOT NULL,
	`at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hemis_rejects_pull` ON `hemis_rejects` (`pull_id`);--> statement-breakpoint
CREATE TABLE `hemis_student_snapshots` (
	`student_id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer NOT NULL,
	`hemis` text NOT NULL,
	`mapped` text NOT NULL,
	`hemis_updated_at` integer,
	`pulled_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hemis_student_snapshots_hemis_id_unique` ON `hemis_student_snapshots` (`hemis_id`);