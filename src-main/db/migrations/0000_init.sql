CREATE TABLE `app_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`id` text NOT NULL,
	`at` text NOT NULL,
	`actor_id` text,
	`actor_login` text NOT NULL,
	`actor_kind` text NOT NULL,
	`command` text NOT NULL,
	`input` text NOT NULL,
	`changes` text NOT NULL,
	`entities` text NOT NULL,
	`entity_ids` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `audit_log_id_unique` ON `audit_log` (`id`);--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor` ON `audit_log` (`actor_login`);--> statement-breakpoint
CREATE INDEX `audit_log_command` ON `audit_log` (`command`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`seq` integer PRIMARY KEY NOT NULL,
	`audit_id` text NOT NULL,
	`at` text NOT NULL,
	`command` text NOT NULL,
	`payload` text NOT NULL,
	`sent_at` text
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`login` text NOT NULL,
	`full_name` text NOT NULL,
	`role` text NOT NULL,
	`locale` text DEFAULT 'uz-Latn' NOT NULL,
	`password_hash` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`failed_attempts` integer DEFAULT 0 NOT NULL,
	`locked_until` text,
	`last_sign_in_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_login_unique` ON `users` (`login`);--> statement-breakpoint
CREATE TABLE `institution` (
	`id` text PRIMARY KEY NOT NULL,
	`name_uz_latn` text DEFAULT '' NOT NULL,
	`name_uz_cyrl` text DEFAULT '' NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`short_name` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`stir` text DEFAULT '' NOT NULL,
	`rector_name` text DEFAULT '' NOT NULL,
	`office_head_name` text DEFAULT '' NOT NULL,
	`logo` text DEFAULT '' NOT NULL,
	`signatories` text DEFAULT '[]' NOT NULL,
	`updated_at` text
);
--> statement-breakpoint
CREATE TABLE `departments` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`code` text NOT NULL,
	`name_uz_latn` text NOT NULL,
	`name_uz_cyrl` text DEFAULT '' NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`structure_type` text NOT NULL,
	`parent_id` text,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `departments_hemis_id_unique` ON `departments` (`hemis_id`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`name` text NOT NULL,
	`department_id` text NOT NULL,
	`specialty_id` text NOT NULL,
	`education_lang` text NOT NULL,
	`education_form` text NOT NULL,
	`course` integer NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`specialty_id`) REFERENCES `specialties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `groups_hemis_id_unique` ON `groups` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `groups_name` ON `groups` (`name`);--> statement-breakpoint
CREATE TABLE `specialties` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`code` text NOT NULL,
	`name_uz_latn` text NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`name_en` text DEFAULT '' NOT NULL,
	`department_id` text NOT NULL,
	`education_type` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `specialties_hemis_id_unique` ON `specialties` (`hemis_id`);--> statement-breakpoint
CREATE TABLE `students` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`student_id_number` text,
	`pinfl` text,
	`passport` text,
	`last_name_lat` text NOT NULL,
	`first_name_lat` text NOT NULL,
	`patronymic_lat` text DEFAULT '' NOT NULL,
	`last_name_cyr` text DEFAULT '' NOT NULL,
	`first_name_cyr` text DEFAULT '' NOT NULL,
	`patronymic_cyr` text DEFAULT '' NOT NULL,
	`birth_date` text,
	`gender` text,
	`citizenship` text DEFAULT '11' NOT NULL,
	`phone` text,
	`group_id` text,
	`course` integer,
	`education_form` text,
	`education_type` text,
	`payment_form` text,
	`status` text DEFAULT '11' NOT NULL,
	`year_of_enter` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `students_hemis_id_unique` ON `students` (`hemis_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `students_student_id_number_unique` ON `students` (`student_id_number`);--> statement-breakpoint
CREATE INDEX `students_pinfl` ON `students` (`pinfl`);--> statement-breakpoint
CREATE INDEX `students_passport` ON `students` (`passport`);--> statement-breakpoint
CREATE INDEX `students_group` ON `students` (`group_id`);