// The report-job concept's records, inputs and limits (issue 13, decision 0027). Other files
// import its types from here, never from the repository file, so imports point one way.
import type { DistrictId, IsoDate, Locale } from '@selvhjelp/domain';

export type ReportJobStatus = 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
export type ReportFileFormat = 'XLSX' | 'CSV';

export interface ReportJobRecord {
  id: string;
  periodFrom: IsoDate;
  periodTo: IsoDate;
  locale: Locale;
  status: ReportJobStatus;
  progressDone: number;
  progressTotal: number;
  error: string | null;
  requestedById: string | null;
  createdAt: Date;
  startedAt: Date | null;
  heartbeatAt: Date | null;
  finishedAt: Date | null;
}

/** A finished file without its bytes (what a job page lists). */
export interface ReportFileInfo {
  id: string;
  jobId: string;
  /** Null: the national report. */
  districtId: DistrictId | null;
  format: ReportFileFormat;
  fileName: string;
  byteSize: number;
  createdAt: Date;
}

export interface ReportFileContent {
  id: string;
  fileName: string;
  format: ReportFileFormat;
  content: Buffer;
}

export interface NewReportJob {
  periodFrom: IsoDate;
  periodTo: IsoDate;
  locale: Locale;
  requestedById: string | null;
}

/**
 * One step of a job: the report of one district, or the national one (null). A job has one
 * step per district and one national step, in the reference order with the national one last.
 */
export type ReportStep = DistrictId | null;

/** A job this worker now holds, with the steps still to do. */
export interface ClaimedReportJob {
  job: ReportJobRecord;
  /** Proves the claim when writing a step; a later claim (a take-over) makes it worthless. */
  claimToken: string;
  remainingSteps: ReportStep[];
}

export interface ReportClaimOptions {
  now: Date;
  /** A RUNNING job whose heartbeat is older than this is taken over (its worker is gone). */
  leaseMs: number;
}

export interface ReportStepFiles {
  jobId: string;
  claimToken: string;
  step: ReportStep;
  files: { format: ReportFileFormat; fileName: string; content: Buffer }[];
  now: Date;
}

/**
 * `written`: the step's files are stored and counted (after the last step the job is
 * DONE). `lost`: the claim no longer holds the job (taken over, or failed), nothing was written.
 */
export type ReportStepResult = { status: 'written'; job: ReportJobRecord } | { status: 'lost' };

export const MAX_REPORT_JOB_PAGE_SIZE = 50;
