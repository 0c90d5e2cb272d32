/** The PostgreSQL schema pg-boss keeps its tables in (created by the first worker start). */
export const JOB_SCHEMA = "pgboss";
