CREATE TABLE `document_journals` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`last_seq` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_journals_type_year` ON `document_journals` (`type`,`year`);--> statement-breakpoint
CREATE TABLE `document_signing_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`public_key` text NOT NULL,
	`created_at` text NOT NULL,
	`retired_at` text
);
--> statement-breakpoint
CREATE TABLE `issued_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`seq` integer NOT NULL,
	`register_number` text NOT NULL,
	`student_id` text NOT NULL,
	`lang` text NOT NULL,
	`issued_on` text NOT NULL,
	`issued_at` text NOT NULL,
	`issued_by` text,
	`issued_by_name` text DEFAULT '' NOT NULL,
	`holder_name` text NOT NULL,
	`snapshot` text NOT NULL,
	`template_version` text NOT NULL,
	`key_id` text NOT NULL,
	`payload` text NOT NULL,
	`override_reason` text,
	`status` text DEFAULT 'issued' NOT NULL,
	`void_reason` text,
	`voided_at` text,
	`voided_by` text,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `issued_documents_seq` ON `issued_documents` (`type`,`year`,`seq`);--> statement-breakpoint
CREATE UNIQUE INDEX `issued_documents_number` ON `issued_documents` (`type`,`register_number`);--> statement-breakpoint
CREATE INDEX `issued_documents_student` ON `issued_documents` (`student_id`,`issued_at`);--> statement-breakpoint
CREATE INDEX `issued_documents_issued` ON `issued_documents` (`issued_at`);--> statement-breakpoint
CREATE TRIGGER issued_documents_no_delete BEFORE DELETE ON issued_documents
BEGIN
  SELECT RAISE(ABORT, 'issued_documents is append-only: a document is voided, never deleted');
END;
--> statement-breakpoint
CREATE TRIGGER issued_documents_frozen BEFORE UPDATE ON issued_documents
WHEN new.id IS NOT old.id OR new.type IS NOT old.type OR new.year IS NOT old.year OR new.seq IS NOT old.seq
  OR new.register_number IS NOT old.register_number OR new.student_id IS NOT old.student_id
  OR new.lang IS NOT old.lang OR new.issued_on IS NOT old.issued_on OR new.issued_at IS NOT old.issued_at
  OR new.issued_by IS NOT old.issued_by OR new.issued_by_name IS NOT old.issued_by_name
  OR new.holder_name IS NOT old.holder_name OR new.snapshot IS NOT old.snapshot
  OR new.template_version IS NOT old.template_version OR new.key_id IS NOT old.key_id
  OR new.payload IS NOT old.payload OR new.override_reason IS NOT old.override_reason
  OR (old.status = 'void' AND new.status IS NOT 'void')
BEGIN
  SELECT RAISE(ABORT, 'issued_documents is append-only: only an issued document may be voided');
END;
--> statement-breakpoint
CREATE TRIGGER document_journals_forward BEFORE UPDATE ON document_journals
WHEN new.last_seq < old.last_seq OR new.type IS NOT old.type OR new.year IS NOT old.year
BEGIN
  SELECT RAISE(ABORT, 'document_journals only move forward: a number is never reused');
END;
--> statement-breakpoint
CREATE TRIGGER document_journals_no_delete BEFORE DELETE ON document_journals
BEGIN
  SELECT RAISE(ABORT, 'document_journals only move forward: a number is never reused');
END;
