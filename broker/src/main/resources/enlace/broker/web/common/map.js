// The map of Mexico: the state outlines (mexico-states.svg, CC BY 4.0, see ATTRIBUTION.md) in an SVG of
// the same viewBox, and a projection from WGS-84 to its coordinates (Mercator, fitted to the outlines).
const SVG_NS = 'http://www.w3.org/2000/svg';
const A = 1458.89;
const B = 3004.76;
const C = -1409.66;
const D = 860.11;

export function project(latitude, longitude) {
  const phi = (latitude * Math.PI) / 180;
  return [A * ((longitude * Math.PI) / 180) + B, C * Math.log(Math.tan(Math.PI / 4 + phi / 2)) + D];
}

/** The inverse of project: the latitude and longitude of a point of the map. */
export function unproject(x, y) {
  const longitude = (((x - B) / A) * 180) / Math.PI;
  const latitude = ((2 * Math.atan(Math.exp((y - D) / C)) - Math.PI / 2) * 180) / Math.PI;
  return [latitude, longitude];
}

/** Draws the states into a new SVG inside container; returns the layer to draw points on. */
export async function mexicoMap(container, assetsBase = '/web/common') {
  const text = await (await fetch(`${assetsBase}/mexico-states.svg`)).text();
  const source = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', source.getAttribute('viewBox'));
  svg.setAttribute('class', 'mexico-map');
  svg.setAttribute('role', 'img');
  const states = document.createElementNS(SVG_NS, 'g');
  states.setAttribute('class', 'states');
  source.querySelectorAll('path').forEach((path) => {
    const copy = document.createElementNS(SVG_NS, 'path');
    copy.setAttribute('d', path.getAttribute('d'));
    copy.setAttribute('class', 'state');
    copy.dataset.state = path.getAttribute('id');
    const title = document.createElementNS(SVG_NS, 'title');
    title.textContent = path.getAttribute('aria-label');
    copy.appendChild(title);
    states.appendChild(copy);
  });
  const points = document.createElementNS(SVG_NS, 'g');
  points.setAttribute('class', 'points');
  svg.append(states, points);
  container.replaceChildren(svg);
  return points;
}

export function circle(layer, latitude, longitude, radius, attributes = {}) {
  const [x, y] = project(latitude, longitude);
  const c = document.createElementNS(SVG_NS, 'circle');
  c.setAttribute('cx', x.toFixed(2));
  c.setAttribute('cy', y.toFixed(2));
  c.setAttribute('r', radius.toFixed(2));
  Object.entries(attributes).forEach(([k, v]) => c.setAttribute(k, v));
  layer.appendChild(c);
  return c;
}

export function tooltip(element, text) {
  const title = document.createElementNS(SVG_NS, 'title');
  title.textContent = text;
  element.appendChild(title);
}
