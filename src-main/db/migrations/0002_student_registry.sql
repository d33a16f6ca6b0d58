CREATE TABLE `student_photos` (
	`id` text PRIMARY KEY NOT NULL,
	`photo` text NOT NULL,
	`thumb` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
ALTER TABLE `specialties` ADD `name_uz_cyrl` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `last_name_passport` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `first_name_passport` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `email` text;--> statement-breakpoint
ALTER TABLE `students` ADD `address` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `department_id` text REFERENCES departments(id);--> statement-breakpoint
ALTER TABLE `students` ADD `specialty_id` text REFERENCES specialties(id);--> statement-breakpoint
ALTER TABLE `students` ADD `education_lang` text;--> statement-breakpoint
ALTER TABLE `students` ADD `pinfl_check_accepted` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `students` ADD `search_text` text DEFAULT '' NOT NULL;--> statement-breakpoint
CREATE INDEX `students_phone` ON `students` (`phone`);--> statement-breakpoint
CREATE INDEX `students_department` ON `students` (`department_id`);