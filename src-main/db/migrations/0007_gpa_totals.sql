CREATE TABLE `gpa_totals` (
	`student_id` text NOT NULL,
	`education_year` text NOT NULL,
	`marking_system` text NOT NULL,
	`weighted` real DEFAULT 0 NOT NULL,
	`credits` real DEFAULT 0 NOT NULL,
	`subjects` integer DEFAULT 0 NOT NULL,
	`grade2` integer DEFAULT 0 NOT NULL,
	`grade3` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`student_id`, `education_year`, `marking_system`),
	FOREIGN KEY (`student_id`) REFERENCES `students`(`id`) ON UPDATE no action ON DELETE no action
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `attendance_semester` ON `attendance` (`education_year`,`semester`,`student_id`,`subject_id`,`hours_excused`,`hours_unexcused`);--> statement-breakpoint
-- An academic record is never overwritten (issue 4): a correction or re-sit is a new entry, and only
-- the `is_current` flag of an older entry may change. Enforced here so no code path can slip.
CREATE TRIGGER academic_records_append_only BEFORE UPDATE ON academic_records
WHEN old.id IS NOT new.id OR old.student_id IS NOT new.student_id OR old.subject_id IS NOT new.subject_id
  OR old.curriculum_subject_id IS NOT new.curriculum_subject_id OR old.semester IS NOT new.semester
  OR old.education_year IS NOT new.education_year OR old.credit IS NOT new.credit
  OR old.total_point IS NOT new.total_point OR old.grade IS NOT new.grade OR old.rating_grade IS NOT new.rating_grade
  OR old.marking_system IS NOT new.marking_system OR old.attempt IS NOT new.attempt OR old.restudy IS NOT new.restudy
  OR old.lecturer IS NOT new.lecturer OR old.exam_date IS NOT new.exam_date OR old.replaces_id IS NOT new.replaces_id
  OR old.reason IS NOT new.reason OR old.source IS NOT new.source OR old.hemis_id IS NOT new.hemis_id
  OR old.created_by IS NOT new.created_by OR old.created_at IS NOT new.created_at
BEGIN
  SELECT RAISE(ABORT, 'academic_records is append-only: only is_current may change');
END;
--> statement-breakpoint
CREATE TRIGGER academic_records_no_delete BEFORE DELETE ON academic_records
BEGIN
  SELECT RAISE(ABORT, 'academic_records is append-only: entries are never deleted');
END;
--> statement-breakpoint
-- GPA sums (DOMAIN §2.3): counted rating grades Fan 11, Kurs ishi 12, Malakaviy amaliyot 14, Fan-yakuniy 16.
CREATE TRIGGER academic_records_gpa_insert AFTER INSERT ON academic_records
WHEN new.is_current = 1 AND new.rating_grade IN ('11', '12', '14', '16') AND new.credit > 0
BEGIN
  INSERT INTO gpa_totals (student_id, education_year, marking_system, weighted, credits, subjects, grade2, grade3)
  VALUES (new.student_id, new.education_year, new.marking_system, new.credit * coalesce(new.grade, 2), new.credit, 1,
          coalesce(new.grade, 2) <= 2, coalesce(new.grade, 2) = 3)
  ON CONFLICT (student_id, education_year, marking_system) DO UPDATE SET
    weighted = weighted + excluded.weighted, credits = credits + excluded.credits, subjects = subjects + 1,
    grade2 = grade2 + excluded.grade2, grade3 = grade3 + excluded.grade3;
END;
--> statement-breakpoint
CREATE TRIGGER academic_records_gpa_flag AFTER UPDATE OF is_current ON academic_records
WHEN old.is_current IS NOT new.is_current AND new.rating_grade IN ('11', '12', '14', '16') AND new.credit > 0
BEGIN
  INSERT INTO gpa_totals (student_id, education_year, marking_system, weighted, credits, subjects, grade2, grade3)
  VALUES (new.student_id, new.education_year, new.marking_system,
          (2 * new.is_current - 1) * new.credit * coalesce(new.grade, 2), (2 * new.is_current - 1) * new.credit,
          2 * new.is_current - 1, (2 * new.is_current - 1) * (coalesce(new.grade, 2) <= 2),
          (2 * new.is_current - 1) * (coalesce(new.grade, 2) = 3))
  ON CONFLICT (student_id, education_year, marking_system) DO UPDATE SET
    weighted = weighted + excluded.weighted, credits = credits + excluded.credits,
    subjects = subjects + excluded.subjects, grade2 = grade2 + excluded.grade2, grade3 = grade3 + excluded.grade3;
END;
--> statement-breakpoint
INSERT INTO gpa_totals (student_id, education_year, marking_system, weighted, credits, subjects, grade2, grade3)
SELECT student_id, education_year, marking_system, sum(credit * coalesce(grade, 2)), sum(credit), count(*),
       sum(coalesce(grade, 2) <= 2), sum(coalesce(grade, 2) = 3)
  FROM academic_records
 WHERE is_current = 1 AND rating_grade IN ('11', '12', '14', '16') AND credit > 0
 GROUP BY student_id, education_year, marking_system;
