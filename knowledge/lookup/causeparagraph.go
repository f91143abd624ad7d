package lookup

// A cause told in a paragraph of its own (part of stage 4, reasons). AP
// style keeps paragraphs short, often one sentence, so the finding that
// explains an event ("Investigators later blamed faulty wiring …") may
// stand as the next paragraph, right after the sentence that told the
// event ("The fire broke out in the projection booth …"). Such a
// one-sentence paragraph takes its topic from the paragraph before it (the
// cohesion of adjacent sentences: Halliday and Hasan, "Cohesion in
// English", 1976, on ellipsis and reference across sentences), so it gives
// that event's cause, though it does not repeat the event's name.

// causeParagraphAfter is the sentence that makes up the paragraph after
// sentence i's, when that paragraph is a single sentence giving a cause by
// a word of cause other than a subordinator of time, or -1.
func (e *Engine) causeParagraphAfter(i int) int {
	if i < 0 || i >= len(e.r.sents) || e.r.sents[i].para == 0 {
		return -1
	}
	n := i + 1
	for n < len(e.r.sents) && e.r.sents[n].para == e.r.sents[i].para {
		n++
	}
	if n >= len(e.r.sents) || e.r.sents[n].para != e.r.sents[i].para+1 {
		return -1
	}
	if n+1 < len(e.r.sents) && e.r.sents[n+1].para == e.r.sents[n].para {
		return -1 // a paragraph of several sentences has its own topic
	}
	if !e.givesCause(&e.r.sents[n]) || e.onlyTemporalCause(&e.r.sents[n]) {
		return -1
	}
	return n
}
