import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/i18n-context';
import '../testing/render';
import { ConfirmDialog } from './confirm-dialog';
import { Dialog } from './dialog';

function Harness({ onClose }: { onClose?: () => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const close = () => {
    onClose?.();
    setIsOpen(false);
  };
  return (
    <I18nProvider initialLocale="nl">
      <button type="button" onClick={() => setIsOpen(true)}>
        Open
      </button>
      {isOpen && (
        <Dialog title="Team wijzigen" onClose={close} footer={<button type="button">Opslaan</button>}>
          <label>
            Naam <input />
          </label>
        </Dialog>
      )}
    </I18nProvider>
  );
}

describe('Dialog', () => {
  it('moves focus in, labels itself by its title and traps Tab in both directions', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Team wijzigen' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const name = screen.getByLabelText('Naam');
    expect(document.activeElement).toBe(name);

    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Opslaan' }));
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Dialoogvenster sluiten' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Opslaan' }));
    screen.getByRole('button', { name: 'Dialoogvenster sluiten' }).focus();
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Opslaan' }));
  });

  it('closes on Escape and returns focus to the button that opened it', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Harness onClose={onClose} />);
    const opener = screen.getByRole('button', { name: 'Open' });
    await user.click(opener);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(opener);
  });
});

describe('ConfirmDialog', () => {
  it('starts on Cancel so that Enter does not confirm a destructive action by accident', async () => {
    const user = userEvent.setup();
    const onConfirm = vi.fn();
    const onCancel = vi.fn();
    render(
      <I18nProvider initialLocale="nl">
        <ConfirmDialog
          title="Uitnodiging intrekken?"
          confirmLabel="Intrekken"
          onConfirm={onConfirm}
          onCancel={onCancel}
        >
          <p>De link werkt daarna niet meer.</p>
        </ConfirmDialog>
      </I18nProvider>,
    );
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Annuleren' }));
    await user.keyboard('{Enter}');
    expect(onCancel).toHaveBeenCalledTimes(1);
    expect(onConfirm).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Intrekken' }));
    expect(onConfirm).toHaveBeenCalledTimes(1);
  });
});
