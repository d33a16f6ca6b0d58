CREATE TABLE `document_templates` (
	`id` text PRIMARY KEY NOT NULL,
	`type` text NOT NULL,
	`version` integer NOT NULL,
	`name` text NOT NULL,
	`file_name` text NOT NULL,
	`docx` text NOT NULL,
	`size` integer NOT NULL,
	`sha256` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`report` text NOT NULL,
	`uploaded_by` text,
	`uploaded_by_name` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`activated_at` text,
	`retired_at` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `document_templates_type_version` ON `document_templates` (`type`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `document_templates_one_active` ON `document_templates` (`type`) WHERE status = 'active';--> statement-breakpoint
CREATE TRIGGER document_templates_no_delete BEFORE DELETE ON document_templates
BEGIN
  SELECT RAISE(ABORT, 'document_templates keeps every version: retire a template, never delete it');
END;
--> statement-breakpoint
CREATE TRIGGER document_templates_frozen BEFORE UPDATE ON document_templates
WHEN new.id IS NOT old.id OR new.type IS NOT old.type OR new.version IS NOT old.version
  OR new.name IS NOT old.name OR new.file_name IS NOT old.file_name OR new.docx IS NOT old.docx
  OR new.size IS NOT old.size OR new.sha256 IS NOT old.sha256 OR new.report IS NOT old.report
  OR new.uploaded_by IS NOT old.uploaded_by OR new.uploaded_by_name IS NOT old.uploaded_by_name
  OR new.created_at IS NOT old.created_at OR (new.status = 'draft' AND old.status IS NOT 'draft')
BEGIN
  SELECT RAISE(ABORT, 'a template version is never edited: upload a new version');
END;
