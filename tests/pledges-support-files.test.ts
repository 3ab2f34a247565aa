import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { attachments, auditLog, files, organisationMembers, pledgeUpdates } from '#db/schema/index';
import { createOrganisation, createUser } from '#seed/factories';
import { createPledge } from '#seed/pledge-factories';
import { loadGrants } from '~/modules/accounts/session.server';
import {
  addPledgeFile,
  listPledgeFiles,
  MAX_FILES_PER_ITEM,
  PLEDGE_FILE_MAX_BYTES,
  pledgeFileKinds,
  removePledgeFile,
} from '~/modules/pledges/pledge-attachments.server';
import type { Subject } from '~/permissions/resolver';
import { serverI18n } from '~/platform/i18n/catalog.server';
import { parseUpload } from '~/platform/uploads/parse-upload.server';
import { minimalDocx, minimalPdf, multipartRequest, mzExecutable } from '~/platform/uploads/test-files';
import { escapeHtml, postFile, request, signIn } from './http';
import { useTestPlatform } from './platform';

const pdfUpload = async (name = 'plan.pdf') =>
  (
    await parseUpload(
      multipartRequest({}, { file: { bytes: minimalPdf(), name, type: 'application/pdf' } }),
      {
        field: 'file',
        maxBytes: PLEDGE_FILE_MAX_BYTES,
        allowed: pledgeFileKinds,
      },
    )
  ).file;

describe('files on pledges and progress updates', () => {
  const platform = useTestPlatform();
  const db = () => platform().database.db;
  /** A progress update on a published pledge, to attach evidence to. */
  const progressUpdate = async (pledgeId: string, narrative: string) => {
    const [update] = await db()
      .insert(pledgeUpdates)
      .values({ pledgeId, reportedOn: '2026-01-15', status: 'in_progress', narrative: { en: narrative } })
      .returning();
    return update!;
  };

  async function pledgerOf(orgId: string) {
    const user = await createUser(db());
    await db().insert(organisationMembers).values({ organisationId: orgId, userId: user.id });
    const subject: Subject = { userId: user.id, grants: await loadGrants(user.id) };
    return { user, subject };
  }

  it('attaches documents to a draft and evidence to a published pledge’s updates, by the pledger only', async () => {
    const org = await createOrganisation(db());
    const { user, subject } = await pledgerOf(org.id);
    const outsider = await createUser(db());
    const outsiderSubject: Subject = { userId: outsider.id, grants: await loadGrants(outsider.id) };
    const draft = await createPledge(db(), { organisationId: org.id, createdBy: user.id });

    const file = await addPledgeFile({
      subject,
      pledgeId: draft.id,
      target: { type: 'pledge' },
      upload: await pdfUpload(),
    });
    expect(file).toMatchObject({
      originalName: 'plan.pdf',
      contentType: 'application/pdf',
      uploadedBy: user.id,
    });
    expect(
      (await listPledgeFiles({ pledgeId: draft.id, updateIds: [] })).pledge.map((f) => f.fileId),
    ).toEqual([file.id]);
    const trail = await db()
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entityType, 'pledge'), eq(auditLog.entityId, draft.id)));
    expect(trail.map((a) => a.action)).toContain('file.attach');

    await expect(
      addPledgeFile({
        subject: outsiderSubject,
        pledgeId: draft.id,
        target: { type: 'pledge' },
        upload: await pdfUpload(),
      }),
    ).rejects.toMatchObject({ status: 403 });

    const published = await createPledge(db(), {
      organisationId: org.id,
      createdBy: user.id,
      status: 'published',
      publishedAt: new Date(),
    });
    await expect(
      addPledgeFile({
        subject,
        pledgeId: published.id,
        target: { type: 'pledge' },
        upload: await pdfUpload(),
      }),
    ).rejects.toMatchObject({ code: 'pledgeNotEditable', status: 409 });
    await expect(
      addPledgeFile({
        subject,
        pledgeId: published.id,
        target: { type: 'update', updateId: '00000000-0000-4000-8000-000000000000' },
        upload: await pdfUpload(),
      }),
    ).rejects.toMatchObject({ code: 'invalidChoice' });
    const update = await progressUpdate(published.id, 'Two centres open.');
    const evidence = await addPledgeFile({
      subject,
      pledgeId: published.id,
      target: { type: 'update', updateId: update.id },
      upload: await pdfUpload('evidence.pdf'),
    });
    const listed = await listPledgeFiles({ pledgeId: published.id, updateIds: [update.id] });
    expect(listed.updates.get(update.id)?.map((f) => f.fileId)).toEqual([evidence.id]);

    // Removing: the attachment and the file row go.
    await removePledgeFile({ subject, pledgeId: draft.id, fileId: file.id });
    expect(await db().select().from(files).where(eq(files.id, file.id))).toEqual([]);
    await expect(
      removePledgeFile({ subject, pledgeId: draft.id, fileId: evidence.id }),
    ).rejects.toMatchObject({
      status: 404,
    });
  });

  it('refuses more than the limit per item', async () => {
    const org = await createOrganisation(db());
    const { user, subject } = await pledgerOf(org.id);
    const draft = await createPledge(db(), { organisationId: org.id, createdBy: user.id });
    for (let i = 0; i < MAX_FILES_PER_ITEM; i++) {
      await addPledgeFile({
        subject,
        pledgeId: draft.id,
        target: { type: 'pledge' },
        upload: await pdfUpload(),
      });
    }
    await expect(
      addPledgeFile({ subject, pledgeId: draft.id, target: { type: 'pledge' }, upload: await pdfUpload() }),
    ).rejects.toMatchObject({ code: 'pledgeFileLimit', status: 409, params: { max: MAX_FILES_PER_ITEM } });
  });

  it('refuses a wrong type, a disguised executable and an oversize file, each with a clear message', async () => {
    const org = await createOrganisation(db());
    const { user } = await pledgerOf(org.id);
    const draft = await createPledge(db(), { organisationId: org.id, createdBy: user.id });
    const session = await signIn(user.id);
    const url = `/en/pledges/${draft.id}/attachments`;
    const en = serverI18n('en', 'latn');
    const allowed = pledgeFileKinds.map((k) => k.toUpperCase()).join(', ');

    const ok = await postFile(
      url,
      session,
      { bytes: minimalDocx(), name: 'خطة العمل.docx' },
      { target: 'pledge' },
    );
    expect(ok.status).toBe(302);
    expect(ok.headers.get('location')).toBe(`${url}?notice=uploaded`);
    const page = await (await request(url, { session })).text();
    expect(page).toContain('<bdi>خطة العمل.docx</bdi>');

    const wrongType = await postFile(
      url,
      session,
      { bytes: mzExecutable(), name: 'setup.exe' },
      { target: 'pledge' },
    );
    expect(wrongType.status).toBe(415);
    expect(await wrongType.text()).toContain(escapeHtml(en.t('errors.fileTypeNotAllowed', { allowed })));

    const disguised = await postFile(
      url,
      session,
      { bytes: mzExecutable(), name: 'report.pdf', type: 'application/pdf' },
      { target: 'pledge' },
    );
    expect(disguised.status).toBe(415);
    expect(await disguised.text()).toContain(escapeHtml(en.t('errors.fileTypeMismatch', { allowed })));

    const big = Buffer.concat([
      minimalPdf(),
      Buffer.alloc(PLEDGE_FILE_MAX_BYTES + 1 - minimalPdf().length, 0x20),
    ]);
    const oversize = await postFile(url, session, { bytes: big, name: 'large.pdf' }, { target: 'pledge' });
    expect(oversize.status).toBe(413);
    expect(await oversize.text()).toContain(escapeHtml(en.t('errors.fileTooLarge', { max: 10 })));

    const stored = await db()
      .select()
      .from(attachments)
      .where(and(eq(attachments.entityType, 'pledge'), eq(attachments.entityId, draft.id)));
    expect(stored).toHaveLength(1);
  });

  it('lets everyone download a published pledge’s files, and a draft’s only to the pledger and reviewers', async () => {
    const org = await createOrganisation(db());
    const { user, subject } = await pledgerOf(org.id);
    const partnerOrg = await createOrganisation(db());
    const partner = await pledgerOf(partnerOrg.id);
    const outsider = await createUser(db());
    const secretariat = await createUser(db(), { roles: [{ role: 'network_secretariat' }] });
    const draft = await createPledge(db(), {
      organisationId: org.id,
      createdBy: user.id,
      kind: 'partnership',
      partners: [{ organisationId: partnerOrg.id }],
    });
    const published = await createPledge(db(), {
      organisationId: org.id,
      createdBy: user.id,
      status: 'published',
      publishedAt: new Date(),
    });
    const update = await progressUpdate(published.id, 'Done.');
    const draftFile = await addPledgeFile({
      subject,
      pledgeId: draft.id,
      target: { type: 'pledge' },
      upload: await pdfUpload(),
    });
    const evidence = await addPledgeFile({
      subject,
      pledgeId: published.id,
      target: { type: 'update', updateId: update.id },
      upload: await pdfUpload(),
    });
    const get = async (id: string, userId?: string) => {
      const res = await request(`/en/files/${id}`, { session: userId ? await signIn(userId) : undefined });
      await res.body?.cancel();
      return res.status;
    };
    expect(await get(evidence.id)).toBe(200);
    expect(await get(evidence.id, outsider.id)).toBe(200);
    expect(await get(draftFile.id)).toBe(404);
    expect(await get(draftFile.id, outsider.id)).toBe(404);
    expect(await get(draftFile.id, partner.user.id)).toBe(404);
    expect(await get(draftFile.id, secretariat.id)).toBe(200);
    const colleague = await pledgerOf(org.id);
    expect(await get(draftFile.id, colleague.user.id)).toBe(200);

    // Shown on the pledge page: evidence to the public, the draft's documents not to partners.
    const publicPage = await (await request(`/en/pledges/${published.id}`)).text();
    expect(publicPage).toContain(`/en/files/${evidence.id}`);
    const partnerPage = await (
      await request(`/en/pledges/${draft.id}`, { session: await signIn(partner.user.id) })
    ).text();
    expect(partnerPage).not.toContain(`/en/files/${draftFile.id}`);
    const pledgerPage = await (
      await request(`/en/pledges/${draft.id}`, { session: await signIn(user.id) })
    ).text();
    expect(pledgerPage).toContain(`/en/files/${draftFile.id}`);
  });
});
