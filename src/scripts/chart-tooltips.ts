/**
 * Progressive enhancement for the build-time charts: a tooltip with a mark's label on hover or focus. The charts are
 * complete without it. The text is the mark's accessible name (`aria-label`), so each label is in the page once.
 */

const tip = document.createElement('div');
tip.className = 'fb-chart-tip';
tip.setAttribute('aria-hidden', 'true');
tip.hidden = true;

/** Shows the tooltip for a mark, placed above it inside the page and clamped to the viewport. */
function show(mark: Element): void {
	const text = mark.getAttribute('aria-label');
	if (!text) return;
	if (!tip.isConnected) document.body.append(tip);
	tip.textContent = text;
	tip.hidden = false;
	const box = mark.getBoundingClientRect();
	const width = tip.offsetWidth;
	const left = Math.min(
		Math.max(8, box.left + box.width / 2 - width / 2),
		document.documentElement.clientWidth - width - 8,
	);
	const above = box.top - tip.offsetHeight - 8;
	tip.style.left = `${left + window.scrollX}px`;
	tip.style.top = `${(above > 0 ? above : box.bottom + 8) + window.scrollY}px`;
}

function hide(): void {
	tip.hidden = true;
}

const markOf = (target: EventTarget | null) =>
	target instanceof Element ? target.closest('.fb-chart a.fb-chart__mark[aria-label]') : null;

document.addEventListener('pointerover', (event) => {
	const mark = markOf(event.target);
	if (mark) show(mark);
	else if (!tip.hidden) hide();
});
document.addEventListener('focusin', (event) => {
	const mark = markOf(event.target);
	if (mark) show(mark);
	else hide();
});
document.addEventListener('focusout', hide);
document.addEventListener('keydown', (event) => {
	if (event.key === 'Escape') hide();
});
window.addEventListener('scroll', hide, { passive: true });
