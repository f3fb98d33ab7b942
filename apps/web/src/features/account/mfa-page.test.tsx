import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, on, stubFetch } from '../../testing/fetch-stub';
import { session } from '../../testing/fixtures';
import { renderRoutes } from '../../testing/render';
import { MfaPage } from './mfa-page';

const setup = {
  secret: 'JBSWY3DPEHPK3PXPJBSWY3DP',
  otpauthUri: 'otpauth://totp/Leerlus:x?secret=JBSWY3DPEHPK3PXPJBSWY3DP',
  qrSvg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
};
const codes = ['aaaa-bbbb', 'cccc-dddd', 'eeee-ffff'];

describe('MFA enrolment', () => {
  it('shows the QR code, confirms a code and shows the recovery codes once', async () => {
    const calls = stubFetch(
      on('POST', '/api/v1/account/mfa/setup', () => json(200, setup)),
      on('POST', '/api/v1/account/mfa/enable', () => json(200, { recoveryCodes: codes })),
    );
    renderRoutes({
      routes: [{ path: '/account/mfa', element: <MfaPage /> }],
      path: '/account/mfa',
      session: { ...session, mfa: { enabled: false, enrolmentRequired: true } },
    });
    expect(screen.getByText(/Je organisatie verplicht tweestapsverificatie/)).toBeTruthy();
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tweestapsverificatie instellen' }));

    const qr = await screen.findByRole('img', { name: 'QR-code om tweestapsverificatie in te stellen' });
    expect(qr.getAttribute('src')).toBe(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`,
    );
    expect(screen.getByText('JBSW Y3DP EHPK 3PXP JBSW Y3DP')).toBeTruthy();

    await user.type(screen.getByLabelText('Code uit de app'), '123456');
    await user.click(screen.getByRole('button', { name: 'Bevestigen en inschakelen' }));
    const list = await screen.findByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(codes);
    expect(calls.find((c) => c.path === '/api/v1/account/mfa/enable')?.body).toEqual({ code: '123456' });

    await user.click(screen.getByRole('button', { name: 'Ik heb de codes bewaard' }));
    expect(await screen.findByText('Tweestapsverificatie is ingeschakeld')).toBeTruthy();
  });
});
