CREATE TABLE "indicator_versions" (
	"indicator_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"measure" text NOT NULL,
	"unit" text NOT NULL,
	"definition" jsonb NOT NULL,
	"improvement" text NOT NULL,
	"chart_type" text,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid,
	CONSTRAINT "indicator_versions_indicator_id_version_pk" PRIMARY KEY("indicator_id","version")
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"code" text NOT NULL,
	"name_nl" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"unit" text DEFAULT '' NOT NULL,
	"measure" text NOT NULL,
	"definition" jsonb NOT NULL,
	"improvement" text DEFAULT 'neutral' NOT NULL,
	"chart_type" text,
	"source" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_org_code_uq" UNIQUE NULLS NOT DISTINCT("organisation_id","code")
);
--> statement-breakpoint
CREATE TABLE "outcome_set_case_mix" (
	"outcome_set_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label" text NOT NULL,
	"type" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "outcome_set_case_mix_outcome_set_id_code_pk" PRIMARY KEY("outcome_set_id","code")
);
--> statement-breakpoint
CREATE TABLE "outcome_set_indicators" (
	"outcome_set_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"timepoints" text[] DEFAULT '{}'::text[] NOT NULL,
	CONSTRAINT "outcome_set_indicators_outcome_set_id_indicator_id_pk" PRIMARY KEY("outcome_set_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "outcome_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"is_template" boolean DEFAULT false NOT NULL,
	"template_id" uuid,
	"name" text NOT NULL,
	"condition" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_sets_org_template_uq" UNIQUE("organisation_id","template_id"),
	CONSTRAINT "outcome_sets_owner_ck" CHECK ("outcome_sets"."is_template" or "outcome_sets"."organisation_id" is not null)
);
--> statement-breakpoint
CREATE TABLE "team_indicators" (
	"team_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"adopted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"adopted_by" uuid,
	CONSTRAINT "team_indicators_team_id_indicator_id_pk" PRIMARY KEY("team_id","indicator_id")
);
--> statement-breakpoint
CREATE TABLE "aggregate_observations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"indicator_version" integer NOT NULL,
	"period_start" date NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"source" text DEFAULT 'manual' NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "aggregate_observations_uq" UNIQUE("team_id","indicator_id","period_start")
);
--> statement-breakpoint
CREATE TABLE "case_mix_values" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid,
	"variable" text NOT NULL,
	"value_number" double precision,
	"value_text" text,
	CONSTRAINT "case_mix_values_uq" UNIQUE NULLS NOT DISTINCT("patient_id","variable","episode_id")
);
--> statement-breakpoint
CREATE TABLE "episodes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"care_path" text DEFAULT '' NOT NULL,
	"start_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "observations" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"patient_id" uuid NOT NULL,
	"episode_id" uuid,
	"code" text NOT NULL,
	"value_number" double precision,
	"value_text" text,
	"unit" text,
	"effective_date" date NOT NULL,
	"timepoint" text,
	"source" text DEFAULT 'manual' NOT NULL,
	"import_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "patients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"pseudonym" text NOT NULL,
	"birth_year" integer,
	"sex" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "patients_org_pseudonym_uq" UNIQUE("organisation_id","pseudonym"),
	CONSTRAINT "patients_org_id_uq" UNIQUE("organisation_id","id")
);
--> statement-breakpoint
ALTER TABLE "indicator_versions" ADD CONSTRAINT "indicator_versions_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_versions" ADD CONSTRAINT "indicator_versions_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_set_case_mix" ADD CONSTRAINT "outcome_set_case_mix_outcome_set_id_outcome_sets_id_fk" FOREIGN KEY ("outcome_set_id") REFERENCES "public"."outcome_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_set_indicators" ADD CONSTRAINT "outcome_set_indicators_outcome_set_id_outcome_sets_id_fk" FOREIGN KEY ("outcome_set_id") REFERENCES "public"."outcome_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_set_indicators" ADD CONSTRAINT "outcome_set_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_sets" ADD CONSTRAINT "outcome_sets_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outcome_sets" ADD CONSTRAINT "outcome_sets_template_id_outcome_sets_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."outcome_sets"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_indicators" ADD CONSTRAINT "team_indicators_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_indicators" ADD CONSTRAINT "team_indicators_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_indicators" ADD CONSTRAINT "team_indicators_adopted_by_users_id_fk" FOREIGN KEY ("adopted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aggregate_observations" ADD CONSTRAINT "aggregate_observations_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aggregate_observations" ADD CONSTRAINT "aggregate_observations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "aggregate_observations" ADD CONSTRAINT "aggregate_observations_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_mix_values" ADD CONSTRAINT "case_mix_values_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_mix_values" ADD CONSTRAINT "case_mix_values_patient_fk" FOREIGN KEY ("organisation_id","patient_id") REFERENCES "public"."patients"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "episodes" ADD CONSTRAINT "episodes_patient_fk" FOREIGN KEY ("organisation_id","patient_id") REFERENCES "public"."patients"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_episode_id_episodes_id_fk" FOREIGN KEY ("episode_id") REFERENCES "public"."episodes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "observations" ADD CONSTRAINT "observations_patient_fk" FOREIGN KEY ("organisation_id","patient_id") REFERENCES "public"."patients"("organisation_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "patients" ADD CONSTRAINT "patients_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outcome_set_indicators_indicator_idx" ON "outcome_set_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "outcome_sets_org_idx" ON "outcome_sets" USING btree ("organisation_id");--> statement-breakpoint
CREATE INDEX "team_indicators_indicator_idx" ON "team_indicators" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "aggregate_observations_indicator_idx" ON "aggregate_observations" USING btree ("indicator_id");--> statement-breakpoint
CREATE INDEX "episodes_team_start_idx" ON "episodes" USING btree ("team_id","start_date");--> statement-breakpoint
CREATE INDEX "episodes_patient_idx" ON "episodes" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "observations_patient_idx" ON "observations" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "observations_episode_idx" ON "observations" USING btree ("episode_id");--> statement-breakpoint
-- Hand-written (drizzle cannot declare INCLUDE columns): the dashboard's query path. Per team and
-- observation code, a date range is one index range scan; the included columns let counts, sums,
-- means, timepoint and value filters and the join to patients for case-mix be answered from the
-- index alone (an index-only scan once the table is vacuumed).
CREATE INDEX "observations_team_code_date_idx" ON "observations" USING btree ("team_id","code","effective_date") INCLUDE ("value_number","timepoint","patient_id","episode_id","created_at");
