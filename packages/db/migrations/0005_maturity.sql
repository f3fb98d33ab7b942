CREATE TABLE "maturity_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"assessment_id" uuid NOT NULL,
	"respondent_id" uuid,
	"item_id" text NOT NULL,
	"version" integer NOT NULL,
	"value" integer,
	"is_not_applicable" boolean DEFAULT false NOT NULL,
	"evidence" text DEFAULT '' NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"answered_by" uuid,
	"answered_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_answers_version_uq" UNIQUE NULLS NOT DISTINCT("assessment_id","respondent_id","item_id","version"),
	CONSTRAINT "maturity_answers_value_or_na" CHECK (("maturity_answers"."value" is null) = "maturity_answers"."is_not_applicable")
);
--> statement-breakpoint
CREATE TABLE "maturity_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"team_id" uuid NOT NULL,
	"instrument_id" uuid NOT NULL,
	"instrument_version" integer NOT NULL,
	"kind" text NOT NULL,
	"mode" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"measured_on" date NOT NULL,
	"next_due_on" date,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"locked_at" timestamp with time zone,
	"locked_by" uuid
);
--> statement-breakpoint
CREATE TABLE "maturity_gap_actions" (
	"assessment_id" uuid NOT NULL,
	"item_id" text NOT NULL,
	"action_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_gap_actions_assessment_id_item_id_pk" PRIMARY KEY("assessment_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "maturity_instrument_versions" (
	"instrument_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	CONSTRAINT "maturity_instrument_versions_instrument_id_version_pk" PRIMARY KEY("instrument_id","version")
);
--> statement-breakpoint
CREATE TABLE "maturity_instruments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid,
	"network_id" uuid,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"current_version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_instruments_owner_key_uq" UNIQUE NULLS NOT DISTINCT("organisation_id","network_id","key"),
	CONSTRAINT "maturity_instruments_one_owner" CHECK ("maturity_instruments"."organisation_id" is null or "maturity_instruments"."network_id" is null)
);
--> statement-breakpoint
CREATE TABLE "maturity_respondents" (
	"assessment_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "maturity_respondents_assessment_id_user_id_pk" PRIMARY KEY("assessment_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "maturity_team_settings" (
	"team_id" uuid PRIMARY KEY NOT NULL,
	"shares_comparison" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
ALTER TABLE "maturity_answers" ADD CONSTRAINT "maturity_answers_assessment_id_maturity_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_answers" ADD CONSTRAINT "maturity_answers_respondent_id_users_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_answers" ADD CONSTRAINT "maturity_answers_answered_by_users_id_fk" FOREIGN KEY ("answered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_instrument_id_maturity_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."maturity_instruments"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_assessments" ADD CONSTRAINT "maturity_assessments_locked_by_users_id_fk" FOREIGN KEY ("locked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_gap_actions" ADD CONSTRAINT "maturity_gap_actions_assessment_id_maturity_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_gap_actions" ADD CONSTRAINT "maturity_gap_actions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_instrument_versions" ADD CONSTRAINT "maturity_instrument_versions_instrument_id_maturity_instruments_id_fk" FOREIGN KEY ("instrument_id") REFERENCES "public"."maturity_instruments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_instrument_versions" ADD CONSTRAINT "maturity_instrument_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_instruments" ADD CONSTRAINT "maturity_instruments_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_instruments" ADD CONSTRAINT "maturity_instruments_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_respondents" ADD CONSTRAINT "maturity_respondents_assessment_id_maturity_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."maturity_assessments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_respondents" ADD CONSTRAINT "maturity_respondents_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_team_settings" ADD CONSTRAINT "maturity_team_settings_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "maturity_team_settings" ADD CONSTRAINT "maturity_team_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "maturity_answers_assessment_idx" ON "maturity_answers" USING btree ("assessment_id");--> statement-breakpoint
CREATE INDEX "maturity_assessments_team_idx" ON "maturity_assessments" USING btree ("team_id","instrument_id","measured_on");--> statement-breakpoint
CREATE INDEX "maturity_assessments_org_idx" ON "maturity_assessments" USING btree ("organisation_id","instrument_id");