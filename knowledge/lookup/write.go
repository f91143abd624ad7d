package lookup

import (
	"fmt"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Stage 6, writing: the direct answer first, then the sentences it rests
// on, each once, with its paragraph; the citations are exactly those
// sentences.

// reply is an answer being written.
type reply struct {
	found bool
	head  string      // the direct answer: a name, a number, a date, Yes or No
	used  []*sentence // sentences used as evidence, in order
	parts []reply
	// quoting shows a sentence that is only a quotation and its
	// attribution as the quotation alone (the head names the speaker)
	quoting bool
	// ordinal is the place of the question this replies to among the
	// questions of one message, 0 when it is the only one
	ordinal int
	// restated: the head gives the evidence in full (the caption, its
	// credit set apart), so the evidence is cited, not shown again
	restated bool
	// unmatched are the question's words the article never uses, when
	// the answer rests on the rest of the question
	unmatched []string
	// readAs are the question's words the article never uses, each with
	// the article's words a thesaurus read it as (`"envoy" as
	// "ambassador"`), when the answer rests on that reading
	readAs []string
	// chosen is the alternative a choice answers with, counted from 1
	// (0 when it chose none): what a yes/no comparison's verdict reads
	chosen int
}

// merge adds the reply to one part of a multi-part question.
func (r *reply) merge(p reply) { r.parts = append(r.parts, p) }

// answer renders the reply as a knowledge.Answer.
func (r reply) answer() knowledge.Answer {
	if len(r.parts) > 0 {
		return r.joinParts()
	}
	r.used = onceEach(r.used)
	if !r.found && strings.TrimSpace(r.head) == "" && len(r.used) == 0 {
		r.head = notSaidHead + "." // a stage that gave up with no words of its own still says so
	}
	return knowledge.Answer{Text: r.text(), Found: r.found, Citations: r.citations()}
}

// onceEach is the evidence with a sentence used twice kept at its first
// place ("who is older": both ages in one sentence), so that it is shown
// and cited once.
func onceEach(used []*sentence) []*sentence {
	out := used[:0:0]
	for _, s := range used {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// notSaidHead opens the reply when the article does not answer.
const notSaidHead = "The article doesn't say"

// ordinals name a question's place among those of one message.
var ordinals = []string{"first", "second", "third", "fourth"}

// joinParts writes the answers to the parts of a question one after the
// other; the whole is found when any part is.
func (r reply) joinParts() knowledge.Answer {
	var texts []string
	var a knowledge.Answer
	seen := map[string]bool{}
	anyFound := slices.ContainsFunc(r.parts, func(p reply) bool { return p.found })
	for _, p := range r.parts {
		pa := p.answer()
		if anyFound && !p.found && p.ordinal > 0 && p.ordinal <= len(ordinals) && strings.HasPrefix(pa.Text, notSaidHead) {
			pa.Text = "On the " + ordinals[p.ordinal-1] + " question, the article doesn't say" + strings.TrimPrefix(pa.Text, notSaidHead) // the part it leaves open, said plainly
		}
		if slices.Contains(texts, pa.Text) {
			continue // two parts met the same sentence: say it once
		}
		texts = append(texts, pa.Text)
		a.Found = a.Found || pa.Found
		for _, c := range pa.Citations {
			if !seen[c.ID+c.Text] {
				seen[c.ID+c.Text] = true
				a.Citations = append(a.Citations, c)
			}
		}
	}
	a.Text = strings.Join(texts, "\n")
	return a
}

// text is the reply's text: the head, then each evidence sentence
// verbatim with its paragraph sign, skipping one the head already holds.
func (r reply) text() string {
	var b strings.Builder
	b.WriteString(strings.TrimSpace(r.head))
	// A list of quotations (a head ending in a colon) takes a line each
	// after the first, which stays on the head's line so that the first
	// line already says something (the direct answer first).
	sep, listSep := " ", " "
	if strings.HasSuffix(r.head, ":") && len(r.used) > 1 {
		listSep = "\n• "
	}
	if strings.HasSuffix(r.head, "—") && len(r.used) > 0 {
		// "Yes — <the sentence that says so>": one sentence, not two
		fmt.Fprintf(&b, " %s (%s)", balancedQuotes(r.used[0].text), where(r.used[0]))
		for _, s := range r.used[1:] {
			fmt.Fprintf(&b, " %s (%s)", balancedQuotes(s.text), where(s))
		}
		return b.String() + r.unmatchedNote()
	}
	for _, s := range r.used {
		if r.restated {
			fmt.Fprintf(&b, " (%s)", where(s))
			continue
		}
		if strings.Contains(r.head, s.text) {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(sep)
			sep = listSep
		}
		text := s.text
		if q, ok := quotationAlone(s.text); ok && r.quoting {
			text = q
		}
		fmt.Fprintf(&b, "%s (%s)", balancedQuotes(text), where(s))
	}
	return b.String() + r.unmatchedNote()
}

// balancedQuotes is a sentence as shown on its own: with the quotation
// marks it leaves open closed after it, and a closing mark it has without
// an opening one opened before it. A quotation of several sentences, or
// one that runs into the next paragraph, opens once and closes once (AP
// Stylebook, "quotations in the news": a paragraph that continues a
// quotation opens with quotation marks, and the paragraph before it has
// no closing marks), so a sentence shown apart from the rest would
// otherwise leave a mark unpaired and join two quotations into one. The
// citation keeps the sentence verbatim; only the shown text is closed.
func balancedQuotes(text string) string {
	open, stray, curly := false, false, false
	prev := ' '
	for _, r := range text {
		switch {
		case r == '“':
			open, curly = true, true
		case r == '”':
			stray, curly = stray || !open, true
			open = false
		case r == '"' && open:
			open = false
		case r == '"' && opensAfter(prev):
			open = true
		case r == '"':
			stray = true
		}
		prev = r
	}
	opener, closer := `"`, `"`
	if curly {
		opener, closer = "\u201c", "\u201d"
	}
	if stray {
		text = opener + text
	}
	if open {
		text += closer
	}
	return text
}

// opensAfter reports whether a straight quotation mark after rune prev
// opens a quotation: at the start, or after a space, an opening bracket
// or a dash; after a word or a stop it closes one.
func opensAfter(prev rune) bool {
	return prev == ' ' || prev == '\n' || prev == '(' || prev == '[' || prev == '\u2014' || prev == '\u2013'
}

// unmatchedNote tells the reader which of the question's words the
// article never uses, when the answer rests on the rest of the question.
func (r reply) unmatchedNote() string {
	switch {
	case len(r.unmatched) > 0:
		return fmt.Sprintf("\n(The article never uses %q: this answer matches the rest of the question.)", strings.Join(r.unmatched, " "))
	case len(r.readAs) > 0:
		if len(r.readAs) == 1 {
			return fmt.Sprintf("\n(The article never uses the word you asked with: this answer reads %s, which a thesaurus relates to it.)", r.readAs[0])
		}
		return fmt.Sprintf("\n(The article never uses the words you asked with: this answer reads %s, which a thesaurus relates to them.)", strings.Join(r.readAs, " and "))
	}
	return ""
}

// where names a sentence's place in the article: ¶n, the headline or the
// caption.
func where(s *sentence) string {
	switch s.part {
	case "title":
		return "headline"
	case "caption":
		return "photo caption"
	case "byline":
		return "byline"
	}
	return fmt.Sprintf("¶%d", s.para)
}

// citations are the evidence sentences as citations.
func (r reply) citations() []knowledge.Citation {
	var out []knowledge.Citation
	for _, s := range r.used {
		id := knowledge.CitationID(s.para)
		if s.part != "" {
			id = s.part
		}
		out = append(out, knowledge.Citation{ID: id, Paragraph: s.para, Text: s.text})
	}
	return out
}
