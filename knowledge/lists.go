package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// enumerations finds the lists in sentence tokens [t0, t1) of p: three or
// more items of one word (or one name) separated by commas, the last joined by "and" or
// "or" ("the British, Korean, …, and Russian ambassadors"). It returns
// their token ranges.
func enumerations(p *para, t0, t1 int) [][2]int {
	var out [][2]int
	for i := t0; i < t1; i++ {
		if stopwords[strings.ToLower(p.toks[i].s)] {
			continue
		}
		items, j, closed := 1, i, false
		for j+1 < t1 && !closed {
			g := p.gap(j + 1)
			next := strings.ToLower(p.toks[j+1].s)
			conj := next == "and" || next == "or"
			switch {
			case (g == ", " || g == " ") && conj && j+2 < t1 && p.gap(j+2) == " " && !stopwords[strings.ToLower(p.toks[j+2].s)]:
				j += 2
				closed = true
			case g == ", " && !conj && !stopwords[next]:
				j++
			case g == " " && isCapitalised(p.toks[j].s) && isCapitalised(p.toks[j+1].s):
				j++ // a name of several words is one item ("Corpus Christi")
				continue
			default:
				j = t1 // ends the run
				continue
			}
			items++
		}
		if j >= t1 {
			j = -1
		}
		if closed && items >= 3 && j > i {
			out = append(out, [2]int{i, j + 1})
			i = j
		}
	}
	return out
}

// listWords ask for several things.
var listWords = toSet("which", "what", "list", "name", "names")

// listFor returns the enumeration of sentence si that answers a "which …"
// question: one whose head noun, just after it, is a term of the question ("which countries' ambassadors" → "the British, …, and
// Russian ambassadors"). ok is false when there is none.
func (l *Lookup) listFor(q *query, si *sentInfo) (r [2]int, ok bool) {
	if len(si.lists) == 0 {
		return r, false
	}
	asks := false
	for _, w := range q.words[:min(3, len(q.words))] {
		asks = asks || listWords[w]
	}
	if !asks {
		return r, false
	}
	want := map[string]bool{}
	for _, t := range q.terms {
		if !t.generic {
			want[t.t] = true
		}
	}
	p := &l.ix.d.paras[si.k]
	near := func(ti int) bool {
		for _, x := range terms(p.toks[ti].s, nil) {
			if want[x] {
				return true
			}
		}
		return false
	}
	for _, li := range si.lists {
		if li[1] < si.t1 && p.gap(li[1]) == " " && near(li[1]) {
			if l.listNarrowed(q, si, li) {
				return r, false
			}
			return li, true
		}
	}
	return r, false
}

// listPhrase is an enumeration as written, with the article before it and
// the head noun after it ("the British, …, and Russian ambassadors").
func (l *Lookup) listPhrase(si *sentInfo, li [2]int) string {
	p := &l.ix.d.paras[si.k]
	start, end := li[0], li[1]
	if start > si.t0 && strings.EqualFold(p.toks[start-1].s, "the") {
		start--
	}
	if end < si.t1 && p.gap(end) == " " && nounWord(p.toks[end].s) {
		end++
	}
	return p.text[p.toks[start].start:p.toks[end-1].end]
}

// listAnswer answers with an enumeration, saying whose words it is when it
// stands in a quotation, and cites its sentence. count, when set, leads
// with the number of items ("Ten, according to …: the British, …").
func (l *Lookup) listAnswer(si *sentInfo, li [2]int, count bool) Answer {
	p := &l.ix.d.paras[si.k]
	phrase := l.listPhrase(si, li)
	speaker := ""
	if l.hedged(si, li[0]) {
		for _, x := range l.a.Quotes {
			if x.Speaker != "" && x.Citations[0].Paragraph == si.n && strings.Contains(x.Text, phrase) {
				speaker = x.Speaker
				break
			}
		}
	}
	var text string
	switch {
	case count && speaker != "":
		text = fmt.Sprintf("%s, according to %s: %s", upperFirst(spellCount(listItems(p, li))), speaker, phrase)
	case count:
		text = fmt.Sprintf("%s: %s", upperFirst(spellCount(listItems(p, li))), phrase)
	case speaker != "":
		text = "According to " + speaker + ", " + phrase
	default:
		text = upperFirst(phrase)
	}
	return Answer{Text: fmt.Sprintf("%s (¶%d).", text, si.n), Found: true, Citations: []Citation{cite(si.n, si.text)}}
}

// listItems counts the items of an enumeration.
func listItems(p *para, li [2]int) int {
	n := 1
	for x := li[0] + 1; x < li[1]; x++ {
		w := strings.ToLower(p.toks[x].s)
		switch {
		case w == "and" || w == "or":
			n++
		case strings.Contains(p.gap(x), ","):
			n++
		}
	}
	return n
}

// countWords spell small counts.
var countWords = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve"}

// spellCount writes n as a word when small.
func spellCount(n int) string {
	if n < len(countWords) {
		return countWords[n]
	}
	return fmt.Sprint(n)
}

// listNarrowed reports whether the question narrows the list's head noun
// to one of its items ("how many Russian ambassadors" of "the British, …,
// and Russian ambassadors"): it then asks about that item, not the list.
func (l *Lookup) listNarrowed(q *query, si *sentInfo, li [2]int) bool {
	var qualTerms []string
	for _, t := range q.terms {
		if demonyms[strings.ToLower(bare(t.word))] {
			qualTerms = append(qualTerms, t.t)
		}
	}
	if len(qualTerms) == 0 {
		return false
	}
	p := &l.ix.d.paras[si.k]
	for x := li[0]; x < li[1]; x++ {
		for _, t := range terms(p.toks[x].s, nil) {
			if slices.Contains(qualTerms, t) {
				return true
			}
		}
	}
	return false
}

// numberQualified reports whether the words after the number at token n
// of paragraph p carry every nationality the question puts on what it
// counts; true when it puts none.
func (l *Lookup) numberQualified(q *query, p *para, n, t1 int) bool {
	for _, t := range q.terms {
		if !demonyms[strings.ToLower(bare(t.word))] {
			continue
		}
		found := false
		for x := n + 1; x < min(n+7, t1); x++ {
			found = found || slices.Contains(terms(p.toks[x].s, nil), t.t)
		}
		if !found {
			return false
		}
	}
	return true
}
