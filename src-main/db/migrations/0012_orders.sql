CREATE TABLE `order_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`order_id` text NOT NULL,
	`student_id` text NOT NULL,
	`position` integer NOT NULL,
	`effective_date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`new_group_id` text,
	`leave_until` text,
	`new_name` text,
	`note` text DEFAULT '' NOT NULL,
	`override_reason` text,
	`override_problems` text,
	`override_by` text,
	`before` text,
	`after` text,
	FOREIGN KEY (`order_id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`new_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `order_lines_student` ON `order_lines` (`order_id`,`student_id`);--> statement-breakpoint
CREATE INDEX `order_lines_by_student` ON `order_lines` (`student_id`);--> statement-breakpoint
CREATE TABLE `order_scans` (
	`id` text PRIMARY KEY NOT NULL,
	`file_name` text NOT NULL,
	`mime_type` text NOT NULL,
	`data` blob NOT NULL,
	`uploaded_by` text NOT NULL,
	`uploaded_at` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `orders`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `orders` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`department_id` text,
	`number` text,
	`order_date` text,
	`order_year` integer,
	`signer_name` text DEFAULT '' NOT NULL,
	`signer_position` text DEFAULT '' NOT NULL,
	`preamble_uz` text DEFAULT '' NOT NULL,
	`preamble_ru` text DEFAULT '' NOT NULL,
	`basis_uz` text DEFAULT '' NOT NULL,
	`basis_ru` text DEFAULT '' NOT NULL,
	`control_uz` text DEFAULT '' NOT NULL,
	`control_ru` text DEFAULT '' NOT NULL,
	`approved_text` text,
	`reverses_order_id` text,
	`run_key` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`approved_by` text,
	`approved_at` text,
	`applied_by` text,
	`applied_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `orders_number_year` ON `orders` (`order_year`,`number`);--> statement-breakpoint
CREATE INDEX `orders_status` ON `orders` (`status`,`type`);--> statement-breakpoint
CREATE INDEX `orders_run` ON `orders` (`run_key`);--> statement-breakpoint
CREATE TRIGGER orders_applied_frozen BEFORE UPDATE ON orders
WHEN old.status = 'applied'
BEGIN
  SELECT RAISE(ABORT, 'an applied order is never edited: reverse or amend it by a new order');
END;
--> statement-breakpoint
CREATE TRIGGER orders_approved_frozen BEFORE UPDATE ON orders
WHEN old.status = 'approved' AND (new.status NOT IN ('approved', 'applied') OR new.type IS NOT old.type
  OR new.number IS NOT old.number OR new.order_date IS NOT old.order_date OR new.approved_text IS NOT old.approved_text)
BEGIN
  SELECT RAISE(ABORT, 'an approved order keeps its number, date and text');
END;
--> statement-breakpoint
CREATE TRIGGER orders_no_delete BEFORE DELETE ON orders
WHEN old.status <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'only a draft order may be deleted');
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_frozen BEFORE UPDATE ON order_lines
WHEN (SELECT status FROM orders WHERE id = old.order_id) = 'applied'
BEGIN
  SELECT RAISE(ABORT, 'an applied order is never edited: reverse or amend it by a new order');
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_no_delete BEFORE DELETE ON order_lines
WHEN (SELECT status FROM orders WHERE id = old.order_id) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'only a draft order''s students may be removed');
END;
--> statement-breakpoint
CREATE TRIGGER order_lines_no_insert BEFORE INSERT ON order_lines
WHEN (SELECT status FROM orders WHERE id = new.order_id) <> 'draft'
BEGIN
  SELECT RAISE(ABORT, 'students are added to a draft order only');
END;
