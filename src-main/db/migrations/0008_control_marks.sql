CREATE TABLE `control_marks` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`semester` text NOT NULL,
	`education_year` text NOT NULL,
	`exam_type` text NOT NULL,
	`final_exam_type` text DEFAULT '11' NOT NULL,
	`points` real NOT NULL,
	`max_points` real,
	`exam_date` text,
	`lecturer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`hemis_id` integer,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `control_marks_hemis_id_unique` ON `control_marks` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `control_marks_student` ON `control_marks` (`student_id`,`semester`);