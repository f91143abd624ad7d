package lookup

// The rate of a change in amount (part of stage 2). "How fast did Sable
// County grow" asks no time the growth took, nor a speed: a thing that
// grows or shrinks in amount does so at a rate, "the rate at which
// something grows" (WordNet 3.0, growth rate n.), which news writing
// gives as the size of the change over the span it reports, "grew 4.2%
// last year" (AP Stylebook, "percent": a change may be given as a
// percentage). With a verb of calibratable change (Levin 1993, §45.6;
// calibratableVerbs), "how fast" and "how quickly" ask what "how much"
// asks: the change's size.

// changeRate makes q, read as "how fast" or "how quickly", ask the size
// of the change it asks of a verb of calibratable change ("how fast did
// the county grow": 4.2%; "how fast is the region growing", where "fast"
// modifies the verb after the auxiliary "is", not the region).
func (e *Engine) changeRate(q *query) {
	if (q.measure == "quickly" || q.measure == "fast") && q.typ == tCount && e.asksChange(q) {
		q.typ, q.measure = tAmount, ""
	}
}
