CREATE TABLE `request_attachments` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`requirement_id` text,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`size` integer NOT NULL,
	`data` blob NOT NULL,
	`added_by` text NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_attachments_request` ON `request_attachments` (`request_id`);--> statement-breakpoint
CREATE TABLE `request_events` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`at` text NOT NULL,
	`user_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_status` text,
	`to_status` text,
	`text` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `request_events_request` ON `request_events` (`request_id`,`at`);--> statement-breakpoint
CREATE TABLE `request_links` (
	`id` text PRIMARY KEY NOT NULL,
	`request_id` text NOT NULL,
	`kind` text NOT NULL,
	`target_id` text NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_links_target` ON `request_links` (`request_id`,`kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `request_types` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`names` text NOT NULL,
	`deadline_days` integer DEFAULT 3 NOT NULL,
	`required_attachments` text DEFAULT '[]' NOT NULL,
	`document_type` text,
	`default_assignee_id` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`default_assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `request_types_code` ON `request_types` (`code`);--> statement-breakpoint
CREATE TABLE `requests` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`type_id` text NOT NULL,
	`student_id` text,
	`visitor_name` text DEFAULT '' NOT NULL,
	`visitor_phone` text DEFAULT '' NOT NULL,
	`visitor_pinfl` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'new' NOT NULL,
	`assignee_id` text,
	`description` text DEFAULT '' NOT NULL,
	`received_at` text NOT NULL,
	`received_on` text NOT NULL,
	`due_on` text NOT NULL,
	`reject_reason` text,
	`ready_at` text,
	`closed_at` text,
	`created_by` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`type_id`) REFERENCES `request_types`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assignee_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `requests_number` ON `requests` (`year`,`seq`);--> statement-breakpoint
CREATE INDEX `requests_status_due` ON `requests` (`status`,`due_on`);--> statement-breakpoint
CREATE INDEX `requests_assignee` ON `requests` (`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `requests_student` ON `requests` (`student_id`);--> statement-breakpoint
CREATE TABLE `queue_services` (
	`id` text PRIMARY KEY NOT NULL,
	`prefix` text NOT NULL,
	`names` text NOT NULL,
	`request_type_id` text,
	`active` integer DEFAULT true NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`request_type_id`) REFERENCES `request_types`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queue_services_prefix` ON `queue_services` (`prefix`);--> statement-breakpoint
CREATE TABLE `queue_tickets` (
	`id` text PRIMARY KEY NOT NULL,
	`day` text NOT NULL,
	`service_id` text NOT NULL,
	`number` integer NOT NULL,
	`label` text NOT NULL,
	`status` text DEFAULT 'waiting' NOT NULL,
	`issued_at` text NOT NULL,
	`called_at` text,
	`serving_at` text,
	`finished_at` text,
	`window_id` text,
	`called_by` text,
	`recalls` integer DEFAULT 0 NOT NULL,
	`student_id` text,
	`request_id` text,
	FOREIGN KEY (`service_id`) REFERENCES `queue_services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`window_id`) REFERENCES `queue_windows`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`request_id`) REFERENCES `requests`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queue_tickets_number` ON `queue_tickets` (`day`,`service_id`,`number`);--> statement-breakpoint
CREATE INDEX `queue_tickets_day_status` ON `queue_tickets` (`day`,`status`);--> statement-breakpoint
CREATE TABLE `queue_windows` (
	`id` text PRIMARY KEY NOT NULL,
	`label` text NOT NULL,
	`service_ids` text DEFAULT '[]' NOT NULL,
	`operator_id` text,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`operator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `contracts` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`kind` text NOT NULL,
	`education_year` text NOT NULL,
	`number` text NOT NULL,
	`contract_date` text NOT NULL,
	`amount` integer NOT NULL,
	`calculation` text NOT NULL,
	`tariff_table_id` text,
	`tariff_version` text NOT NULL,
	`payer_name` text DEFAULT '' NOT NULL,
	`schedule` text NOT NULL,
	`document_id` text,
	`status` text DEFAULT 'active' NOT NULL,
	`cancel_reason` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tariff_table_id`) REFERENCES `tariff_tables`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`document_id`) REFERENCES `issued_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contracts_number` ON `contracts` (`number`);--> statement-breakpoint
CREATE INDEX `contracts_student` ON `contracts` (`student_id`,`education_year`);--> statement-breakpoint
CREATE TABLE `payment_imports` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`imported_by` text NOT NULL,
	`imported_at` text NOT NULL,
	`rows_total` integer NOT NULL,
	`rows_matched` integer NOT NULL,
	`unmatched` text DEFAULT '[]' NOT NULL,
	`amount_matched` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `payments` (
	`id` text PRIMARY KEY NOT NULL,
	`import_id` text,
	`contract_id` text NOT NULL,
	`student_id` text NOT NULL,
	`paid_on` text NOT NULL,
	`amount` integer NOT NULL,
	`bank_document` text DEFAULT '' NOT NULL,
	`payer_name` text DEFAULT '' NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`matched_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `payment_imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contract_id`) REFERENCES `contracts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `payments_contract` ON `payments` (`contract_id`);--> statement-breakpoint
CREATE INDEX `payments_student` ON `payments` (`student_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `payments_dedupe` ON `payments` (`bank_document`,`paid_on`,`amount`,`contract_id`);--> statement-breakpoint
CREATE TABLE `tariff_rows` (
	`id` text PRIMARY KEY NOT NULL,
	`table_id` text NOT NULL,
	`specialty_code` text NOT NULL,
	`education_form` text NOT NULL,
	`price` integer,
	`foreign_price` integer,
	`specialty_coefficient` real,
	`increased_coefficient` real,
	`credit_price` integer,
	FOREIGN KEY (`table_id`) REFERENCES `tariff_tables`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tariff_rows_key` ON `tariff_rows` (`table_id`,`specialty_code`,`education_form`);--> statement-breakpoint
CREATE TABLE `tariff_tables` (
	`id` text PRIMARY KEY NOT NULL,
	`education_year` text NOT NULL,
	`version` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`mode` text NOT NULL,
	`bhm` integer,
	`monthly_stipend` integer NOT NULL,
	`contract_type_coefficients` text DEFAULT '{}' NOT NULL,
	`discounts` text DEFAULT '[]' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`published_by` text,
	`published_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tariff_tables_version` ON `tariff_tables` (`education_year`,`version`);--> statement-breakpoint
CREATE TABLE `foreign_application_files` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`item` text NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`data` blob NOT NULL,
	`added_by` text NOT NULL,
	`added_at` text NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `foreign_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `foreign_application_files_app` ON `foreign_application_files` (`application_id`);--> statement-breakpoint
CREATE TABLE `foreign_applications` (
	`id` text PRIMARY KEY NOT NULL,
	`number` text NOT NULL,
	`last_name` text NOT NULL,
	`first_name` text NOT NULL,
	`patronymic` text DEFAULT '' NOT NULL,
	`passport_number` text NOT NULL,
	`country` text NOT NULL,
	`birth_date` text,
	`gender` text,
	`phone` text DEFAULT '' NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`specialty_id` text,
	`education_form` text,
	`education_lang` text,
	`course` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'submitted' NOT NULL,
	`checklist` text NOT NULL,
	`reject_reason` text,
	`notes` text DEFAULT '' NOT NULL,
	`group_id` text,
	`student_id` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`specialty_id`) REFERENCES `specialties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `foreign_applications_status` ON `foreign_applications` (`status`);--> statement-breakpoint
CREATE TABLE `kb_articles` (
	`id` text PRIMARY KEY NOT NULL,
	`category` text NOT NULL,
	`lang` text DEFAULT 'uz-Latn' NOT NULL,
	`title` text NOT NULL,
	`body` text DEFAULT '' NOT NULL,
	`contacts` text DEFAULT '' NOT NULL,
	`url` text DEFAULT '' NOT NULL,
	`tags` text DEFAULT '' NOT NULL,
	`search_text` text DEFAULT '' NOT NULL,
	`published` integer DEFAULT true NOT NULL,
	`updated_by` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `kb_articles_category` ON `kb_articles` (`category`,`title`);--> statement-breakpoint
CREATE TRIGGER tariff_tables_frozen BEFORE UPDATE ON tariff_tables
WHEN old.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published tariff is never edited: publish a new version');
END;
--> statement-breakpoint
CREATE TRIGGER tariff_tables_no_delete BEFORE DELETE ON tariff_tables
WHEN old.status = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published tariff is never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER tariff_rows_frozen_update BEFORE UPDATE ON tariff_rows
WHEN (SELECT status FROM tariff_tables WHERE id = old.table_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published tariff is never edited: publish a new version');
END;
--> statement-breakpoint
CREATE TRIGGER tariff_rows_frozen_insert BEFORE INSERT ON tariff_rows
WHEN (SELECT status FROM tariff_tables WHERE id = new.table_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published tariff is never edited: publish a new version');
END;
--> statement-breakpoint
CREATE TRIGGER tariff_rows_frozen_delete BEFORE DELETE ON tariff_rows
WHEN (SELECT status FROM tariff_tables WHERE id = old.table_id) = 'published'
BEGIN
  SELECT RAISE(ABORT, 'a published tariff is never edited: publish a new version');
END;
--> statement-breakpoint
CREATE TRIGGER contracts_amount_frozen BEFORE UPDATE OF amount, calculation, student_id, schedule ON contracts
BEGIN
  SELECT RAISE(ABORT, 'a contract''s amount and calculation are never changed: cancel it and draw up another');
END;
