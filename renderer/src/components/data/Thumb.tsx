import './Thumb.css';
import { useState } from 'react';
import { sampleImageUrl } from './sample-url';

/** A sample's thumbnail, or nothing when it is not an image or cannot be served (outside the project). */
export function Thumb({ source, layout, path }: { source: string; layout: string; path: string }) {
  const [broken, setBroken] = useState(false);
  const url = sampleImageUrl(source, layout, path);
  if (!url || broken) return <span className="thumb thumb-none" aria-hidden="true" />;
  return <img className="thumb" src={url} alt="" loading="lazy" onError={() => setBroken(true)} />;
}
