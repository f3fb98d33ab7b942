import { useEffect, type ReactNode } from 'react';
import { useI18n } from '../i18n/i18n-context';
import './surfaces.css';

interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
}

/** The page's h1, its description and primary actions; also sets the document title. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useI18n();
  const documentTitle = t('app.pageTitle', { title });
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {description && <p className="muted page-description">{description}</p>}
      </div>
      {actions && <div className="row">{actions}</div>}
    </header>
  );
}
