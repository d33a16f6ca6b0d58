CREATE TABLE `academic_records` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`curriculum_subject_id` text,
	`semester` text NOT NULL,
	`education_year` text NOT NULL,
	`credit` real NOT NULL,
	`total_point` real,
	`grade` integer,
	`rating_grade` text DEFAULT '11' NOT NULL,
	`marking_system` text DEFAULT '13' NOT NULL,
	`attempt` integer DEFAULT 1 NOT NULL,
	`restudy` integer DEFAULT false NOT NULL,
	`lecturer` text DEFAULT '' NOT NULL,
	`exam_date` text,
	`replaces_id` text,
	`reason` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`hemis_id` integer,
	`is_current` integer DEFAULT true NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`curriculum_subject_id`) REFERENCES `curriculum_subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `academic_records_student` ON `academic_records` (`student_id`,`semester`);--> statement-breakpoint
CREATE INDEX `academic_records_gpa` ON `academic_records` (`is_current`,`student_id`,`education_year`,`rating_grade`,`credit`,`grade`,`marking_system`);--> statement-breakpoint
CREATE INDEX `academic_records_subject` ON `academic_records` (`subject_id`,`semester`);--> statement-breakpoint
CREATE INDEX `academic_records_hemis` ON `academic_records` (`hemis_id`);--> statement-breakpoint
CREATE TABLE `curricula` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`name` text NOT NULL,
	`specialty_id` text NOT NULL,
	`department_id` text NOT NULL,
	`education_year` text NOT NULL,
	`education_type` text NOT NULL,
	`education_form` text NOT NULL,
	`marking_system` text DEFAULT '13' NOT NULL,
	`semester_count` integer NOT NULL,
	`education_period` integer,
	`gpa_limit` real DEFAULT 2.4 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`specialty_id`) REFERENCES `specialties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `curricula_hemis_id_unique` ON `curricula` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `curricula_specialty` ON `curricula` (`specialty_id`);--> statement-breakpoint
CREATE TABLE `curriculum_semesters` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`curriculum_id` text NOT NULL,
	`code` text NOT NULL,
	`education_year` text NOT NULL,
	`level` text NOT NULL,
	`start_date` text,
	`end_date` text,
	`current` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`curriculum_id`) REFERENCES `curricula`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `curriculum_semesters_hemis_id_unique` ON `curriculum_semesters` (`hemis_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `curriculum_semesters_code` ON `curriculum_semesters` (`curriculum_id`,`code`);--> statement-breakpoint
CREATE TABLE `curriculum_subjects` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`curriculum_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`semester` text NOT NULL,
	`credit` real NOT NULL,
	`total_hours` integer DEFAULT 0 NOT NULL,
	`hours` text DEFAULT '{}' NOT NULL,
	`exam_finish` text DEFAULT '11' NOT NULL,
	`rating_grade` text DEFAULT '11' NOT NULL,
	`subject_type` text DEFAULT '11' NOT NULL,
	`department_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`curriculum_id`) REFERENCES `curricula`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `curriculum_subjects_hemis_id_unique` ON `curriculum_subjects` (`hemis_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `curriculum_subjects_place` ON `curriculum_subjects` (`curriculum_id`,`semester`,`subject_id`);--> statement-breakpoint
CREATE INDEX `curriculum_subjects_subject` ON `curriculum_subjects` (`subject_id`);--> statement-breakpoint
CREATE TABLE `education_years` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`current` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE `employees` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`employee_id_number` text,
	`last_name` text NOT NULL,
	`first_name` text NOT NULL,
	`patronymic` text DEFAULT '' NOT NULL,
	`department_id` text,
	`position` text DEFAULT '' NOT NULL,
	`kind` text DEFAULT 'teacher' NOT NULL,
	`phone` text,
	`active` integer DEFAULT true NOT NULL,
	FOREIGN KEY (`department_id`) REFERENCES `departments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employees_hemis_id_unique` ON `employees` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `employees_department` ON `employees` (`department_id`);--> statement-breakpoint
CREATE TABLE `hemis_student_gpa` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`education_year` text NOT NULL,
	`level` text DEFAULT '' NOT NULL,
	`gpa` real,
	`credit_sum` real,
	`debt_subjects` integer,
	`can_transfer` integer,
	`method` text NOT NULL,
	`pulled_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `hemis_student_gpa_key` ON `hemis_student_gpa` (`student_id`,`education_year`,`method`);--> statement-breakpoint
CREATE TABLE `marking_systems` (
	`code` text PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`minimum_limit` real,
	`gpa_limit` real DEFAULT 2.4 NOT NULL,
	`borders` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `student_movements` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`kind` text NOT NULL,
	`from_group_id` text,
	`to_group_id` text,
	`before` text DEFAULT '{}' NOT NULL,
	`after` text DEFAULT '{}' NOT NULL,
	`effective_date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`order_id` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`from_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`to_group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `student_movements_student` ON `student_movements` (`student_id`,`effective_date`);--> statement-breakpoint
CREATE TABLE `student_subjects` (
	`id` text PRIMARY KEY NOT NULL,
	`student_id` text NOT NULL,
	`curriculum_subject_id` text NOT NULL,
	`education_year` text NOT NULL,
	`restudy` integer DEFAULT false NOT NULL,
	`subject_group` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`curriculum_subject_id`) REFERENCES `curriculum_subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `student_subjects_key` ON `student_subjects` (`student_id`,`curriculum_subject_id`,`education_year`);--> statement-breakpoint
CREATE INDEX `student_subjects_subject` ON `student_subjects` (`curriculum_subject_id`);--> statement-breakpoint
CREATE TABLE `subjects` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`code` text DEFAULT '' NOT NULL,
	`name_uz_latn` text NOT NULL,
	`name_uz_cyrl` text DEFAULT '' NOT NULL,
	`name_ru` text DEFAULT '' NOT NULL,
	`name_en` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `subjects_hemis_id_unique` ON `subjects` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `subjects_code` ON `subjects` (`code`);--> statement-breakpoint
CREATE TABLE `attendance` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`student_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`group_id` text,
	`semester` text NOT NULL,
	`education_year` text NOT NULL,
	`training_type` text DEFAULT '11' NOT NULL,
	`lesson_date` text NOT NULL,
	`lesson_pair` text DEFAULT '' NOT NULL,
	`hours_excused` real DEFAULT 0 NOT NULL,
	`hours_unexcused` real DEFAULT 0 NOT NULL,
	`lecturer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_hemis_id_unique` ON `attendance` (`hemis_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_lesson` ON `attendance` (`student_id`,`subject_id`,`lesson_date`,`lesson_pair`);--> statement-breakpoint
CREATE INDEX `attendance_student` ON `attendance` (`student_id`,`semester`);--> statement-breakpoint
CREATE INDEX `attendance_date` ON `attendance` (`lesson_date`,`group_id`);--> statement-breakpoint
CREATE TABLE `exams` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`group_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`semester` text DEFAULT '' NOT NULL,
	`education_year` text DEFAULT '' NOT NULL,
	`exam_type` text DEFAULT '13' NOT NULL,
	`final_exam_type` text DEFAULT '11' NOT NULL,
	`exam_date` text NOT NULL,
	`start_time` text DEFAULT '' NOT NULL,
	`auditorium` text DEFAULT '' NOT NULL,
	`lecturer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exams_hemis_id_unique` ON `exams` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `exams_group` ON `exams` (`group_id`,`exam_date`);--> statement-breakpoint
CREATE TABLE `schedule_lessons` (
	`id` text PRIMARY KEY NOT NULL,
	`hemis_id` integer,
	`group_id` text NOT NULL,
	`subject_id` text NOT NULL,
	`semester` text DEFAULT '' NOT NULL,
	`education_year` text DEFAULT '' NOT NULL,
	`training_type` text DEFAULT '11' NOT NULL,
	`lesson_date` text NOT NULL,
	`lesson_pair` text DEFAULT '' NOT NULL,
	`start_time` text DEFAULT '' NOT NULL,
	`end_time` text DEFAULT '' NOT NULL,
	`auditorium` text DEFAULT '' NOT NULL,
	`building` text DEFAULT '' NOT NULL,
	`lecturer` text DEFAULT '' NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`subject_id`) REFERENCES `subjects`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `schedule_lessons_hemis_id_unique` ON `schedule_lessons` (`hemis_id`);--> statement-breakpoint
CREATE INDEX `schedule_lessons_group` ON `schedule_lessons` (`group_id`,`lesson_date`,`start_time`);--> statement-breakpoint
ALTER TABLE `groups` ADD `curriculum_id` text REFERENCES curricula(id);--> statement-breakpoint
ALTER TABLE `groups` ADD `tutor_id` text REFERENCES employees(id);--> statement-breakpoint
CREATE INDEX `groups_curriculum` ON `groups` (`curriculum_id`);