import type { ECharts } from './echarts-setup';

/** Exports of a mounted chart (for the calculator's download buttons). */
export interface ChartHandle {
  /** The chart as a standalone SVG document. */
  svg: () => string;
  /** The chart as a PNG data URL at `scale` × its on-screen size, on a white background. */
  png: (scale?: number) => Promise<string>;
}

/** Rasterises an SVG document in the browser (an image drawn onto a canvas). */
export function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<string> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      const context = canvas.getContext('2d');
      URL.revokeObjectURL(url);
      if (!context) return reject(new Error('No 2D canvas available'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.drawImage(image, 0, 0, canvas.width, canvas.height);
      resolve(canvas.toDataURL('image/png'));
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The chart could not be rendered as an image'));
    };
    image.src = url;
  });
}

/** The export handle of an ECharts instance rendered with the SVG renderer. */
export function chartHandle(chart: ECharts): ChartHandle {
  return {
    svg: () => chart.renderToSVGString(),
    png: (scale = 2) => svgToPng(chart.renderToSVGString(), chart.getWidth(), chart.getHeight(), scale),
  };
}

/** Saves a data URL or text as a file through a temporary link. */
export function download(filename: string, content: string, type?: string): void {
  const isDataUrl = type === undefined;
  const href = isDataUrl ? content : URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  if (!isDataUrl) setTimeout(() => URL.revokeObjectURL(href), 0);
}
