import { useId, type ReactNode } from 'react';
import './surfaces.css';

interface CardProps {
  title?: ReactNode;
  /** Heading level of the title; cards on a page default to h2. */
  headingLevel?: 2 | 3;
  actions?: ReactNode;
  children: ReactNode;
  className?: string;
}

/** A titled section on a white surface; the title labels the region for assistive technology. */
export function Card({ title, headingLevel = 2, actions, children, className }: CardProps) {
  const titleId = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section
      className={['card', className].filter(Boolean).join(' ')}
      aria-labelledby={title ? titleId : undefined}
    >
      {(title || actions) && (
        <div className="card-header">
          {title && <Heading id={titleId}>{title}</Heading>}
          {actions && <div className="row">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
