CREATE TABLE "indicator_period_rollups" (
	"team_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"numerator" double precision,
	"denominator" double precision,
	"value" double precision,
	"n" integer,
	"last_updated" timestamp with time zone NOT NULL,
	"src" smallint NOT NULL,
	"version" integer NOT NULL,
	CONSTRAINT "indicator_period_rollups_team_id_indicator_id_period_start_pk" PRIMARY KEY("team_id","indicator_id","period_start")
);
--> statement-breakpoint
CREATE TABLE "indicator_quality_rollups" (
	"team_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"part" smallint NOT NULL,
	"period_start" date NOT NULL,
	"n" integer,
	"expected" integer,
	"present" integer,
	"last_updated" timestamp with time zone,
	"delay" double precision,
	CONSTRAINT "indicator_quality_rollups_team_id_indicator_id_part_period_start_pk" PRIMARY KEY("team_id","indicator_id","part","period_start")
);
--> statement-breakpoint
CREATE TABLE "indicator_rollup_state" (
	"team_id" uuid NOT NULL,
	"indicator_id" uuid NOT NULL,
	"indicator_version" integer NOT NULL,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_rollup_state_team_id_indicator_id_pk" PRIMARY KEY("team_id","indicator_id")
);
--> statement-breakpoint
ALTER TABLE "indicator_period_rollups" ADD CONSTRAINT "indicator_period_rollups_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_period_rollups" ADD CONSTRAINT "indicator_period_rollups_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_quality_rollups" ADD CONSTRAINT "indicator_quality_rollups_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_quality_rollups" ADD CONSTRAINT "indicator_quality_rollups_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_rollup_state" ADD CONSTRAINT "indicator_rollup_state_team_id_teams_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."teams"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_rollup_state" ADD CONSTRAINT "indicator_rollup_state_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;