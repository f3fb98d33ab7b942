import {
  commitResultSchema,
  importListSchema,
  importPreviewSchema,
  importProfileListSchema,
  importProfileSchema,
  importSchema,
  validationResultSchema,
  type ColumnMapping,
  type CommitResult,
  type ImportDto,
  type ImportKind,
  type ImportMode,
  type ImportPreview,
  type ImportProfile,
  type ValidationResult,
} from '@leerlus/contracts/imports';
import { API_PREFIX, request, requestVoid } from './client';

const base = (teamId: string) => `/teams/${teamId}/imports`;

/** `POST /teams/:teamId/imports`: the file is the body; answers with the preview. */
export const uploadImport = (teamId: string, file: File, kind: ImportKind): Promise<ImportPreview> =>
  request(importPreviewSchema, base(teamId), { method: 'POST', file, query: { fileName: file.name, kind } });

export const listImports = (teamId: string): Promise<ImportDto[]> =>
  request(importListSchema, base(teamId)).then((r) => r.imports);

export const getImport = (teamId: string, importId: string): Promise<ImportDto> =>
  request(importSchema, `${base(teamId)}/${importId}`);

export const validateImport = (
  teamId: string,
  importId: string,
  mapping: ColumnMapping,
): Promise<ValidationResult> =>
  request(validationResultSchema, `${base(teamId)}/${importId}/validate`, {
    method: 'POST',
    body: { mapping },
  });

export const commitImport = (
  teamId: string,
  importId: string,
  mapping: ColumnMapping,
  mode: ImportMode,
): Promise<CommitResult> =>
  request(commitResultSchema, `${base(teamId)}/${importId}/commit`, {
    method: 'POST',
    body: { mapping, mode },
  });

export const cancelImport = (teamId: string, importId: string): Promise<ImportDto> =>
  request(importSchema, `${base(teamId)}/${importId}/cancel`, { method: 'POST' });

/** Where the browser downloads the skipped rows (same-origin GET with the session cookie). */
export const skippedRowsUrl = (teamId: string, importId: string) =>
  `${API_PREFIX}${base(teamId)}/${importId}/skipped.csv`;

const profiles = (teamId: string) => `/teams/${teamId}/import-profiles`;

export const listImportProfiles = (teamId: string): Promise<ImportProfile[]> =>
  request(importProfileListSchema, profiles(teamId)).then((r) => r.profiles);

export const saveImportProfile = (
  teamId: string,
  body: { name: string; kind: ImportKind; mapping: ColumnMapping },
  profileId?: string,
): Promise<ImportProfile> =>
  request(importProfileSchema, profileId ? `${profiles(teamId)}/${profileId}` : profiles(teamId), {
    method: profileId ? 'PUT' : 'POST',
    body,
  });

export const deleteImportProfile = (teamId: string, profileId: string): Promise<void> =>
  requestVoid(`${profiles(teamId)}/${profileId}`, { method: 'DELETE' });
