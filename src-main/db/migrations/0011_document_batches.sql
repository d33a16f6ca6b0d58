CREATE TABLE `document_batch_items` (
	`id` text PRIMARY KEY NOT NULL,
	`batch_id` text NOT NULL,
	`position` integer NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `issued_documents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`batch_id`) REFERENCES `document_batches`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `document_batch_items_batch` ON `document_batch_items` (`batch_id`,`position`);--> statement-breakpoint
CREATE TABLE `document_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`lang` text NOT NULL,
	`format` text NOT NULL,
	`group_id` text,
	`student_ids` text NOT NULL,
	`params` text DEFAULT '{}' NOT NULL,
	`out_dir` text NOT NULL,
	`status` text NOT NULL,
	`total` integer NOT NULL,
	`issued` integer DEFAULT 0 NOT NULL,
	`skipped` text DEFAULT '[]' NOT NULL,
	`error` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`finished_at` text
);
