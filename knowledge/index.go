package knowledge

import (
	"math"
	"slices"
	"strings"
)

// sentInfo is one sentence as the lookup answerer sees it.
type sentInfo struct {
	k, s    int    // paragraph index and sentence index
	n       int    // paragraph number
	text    string // verbatim
	terms   []string
	termSet map[string]bool
	quoted  map[string]bool // terms found only inside quotation marks
	ents    []int           // entities named in it
	pents   []int           // entities it refers to by pronoun
	numbers []int           // token indices (into para toks) of numbers
	t0, t1  int             // token range in the paragraph
	// norm scales term weights by length, as BM25 does for a single
	// occurrence: a short sentence that holds a term is more about it.
	norm float64
}

// index is what the lookup answerer searches: sentences with their terms
// and entities, and term weights.
type index struct {
	d       *doc
	sents   []sentInfo
	idf     map[string]float64
	vocab   map[string]bool // every term of the article, title included
	words   []string        // distinct lower-case article words, for typo tolerance
	aliases aliasTable
	entIDF  []float64

	roleTerms  []map[string]bool          // per entity, the terms of its role
	eventEnts  map[string][]int           // per event text, the entities it names
	eventTerms map[string]map[string]bool // per event text, its terms
	quoteTerms map[string]map[string]bool // per quotation text, its sentence's terms
	cores      [][]string                 // per person, the terms of their role up to its title word
}

// termSet returns the terms of a text.
func termSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, t := range tokenize(text) {
		for _, x := range terms(t.s, nil) {
			m[x] = true
		}
	}
	return m
}

// buildIndex analyses a for retrieval.
func buildIndex(a *Article) *index {
	d := analyse(a.Paragraphs)
	names := make([][]string, len(a.Entities))
	for i, e := range a.Entities {
		names[i] = append([]string{e.Name}, e.Aliases...)
	}
	ix := &index{d: d, idf: map[string]float64{}, vocab: map[string]bool{}, aliases: newAliasTable(names)}
	d.mentions = make([][]mention, len(d.paras))
	for k := range d.paras {
		d.mentions[k] = ix.aliases.match(d.paras[k].toks, true)
	}
	// Fill the pronoun fallbacks now, so that answering never writes to d.
	for _, g := range []byte{0, 'm', 'f'} {
		warmProtagonist(d, a.Entities, g)
	}
	// Role cores: the words of each person's role up to its title word
	// ("russia ambassador"), by which the text may describe them unnamed.
	ix.cores = make([][]string, len(a.Entities))
	for i, e := range a.Entities {
		if e.Kind != Person || e.Role == "" {
			continue
		}
		toks := tokenize(e.Role)
		last := -1
		for k, t := range toks {
			if isTitleToken(t.s) && !honorifics[tokKey(t.s)] {
				last = k
			}
		}
		var core []string
		for _, t := range toks[:last+1] {
			core = terms(t.s, core)
		}
		if len(core) >= 2 {
			ix.cores[i] = core
		}
	}
	df := map[string]int{}
	entDF := make([]int, len(a.Entities))
	seenWord := map[string]bool{}
	for k := range d.paras {
		p := &d.paras[k]
		for s := range p.sents {
			si := sentInfo{k: k, s: s, n: p.n, text: p.sentence(s), termSet: map[string]bool{}}
			si.t0, si.t1 = p.sentTokens(s)
			inQuote := map[int]bool{}
			for _, sp := range quoteSpans(p.text) {
				for ti := si.t0; ti < si.t1; ti++ {
					if p.toks[ti].start >= sp[0] && p.toks[ti].end <= sp[1] {
						inQuote[ti] = true
					}
				}
			}
			outside := map[string]bool{}
			for ti := si.t0; ti < si.t1; ti++ {
				t := p.toks[ti]
				n := len(si.terms)
				si.terms = terms(t.s, si.terms)
				if !inQuote[ti] {
					for _, x := range si.terms[n:] {
						outside[x] = true
					}
				}
				if isNumber(t.s) {
					si.numbers = append(si.numbers, ti)
				}
				lw := strings.ToLower(bare(t.s))
				if !seenWord[lw] {
					seenWord[lw] = true
					ix.words = append(ix.words, lw)
				}
				if _, ok := pronounGender[lw]; ok {
					if e := resolvePronoun(d, a.Entities, k, ti); e >= 0 {
						si.pents = appendUnique(si.pents, e)
					}
				}
				if orgHeads[tokKey(t.s)] && ti > 0 && strings.EqualFold(p.toks[ti-1].s, "the") {
					if e := definiteOrg(d, a.Entities, k, ti); e >= 0 {
						si.pents = appendUnique(si.pents, e)
					}
				}
			}
			for _, m := range inSentence(d.mentions[k], s) {
				si.ents = appendUnique(si.ents, m.ent)
			}
			for _, e := range ix.described(si.terms) {
				si.pents = appendUnique(si.pents, e)
			}
			for _, t := range si.terms {
				if !outside[t] {
					if si.quoted == nil {
						si.quoted = map[string]bool{}
					}
					si.quoted[t] = true
				}
				if !si.termSet[t] {
					si.termSet[t] = true
					df[t]++
				}
				ix.vocab[t] = true
			}
			for _, e := range si.ents {
				entDF[e]++
			}
			ix.sents = append(ix.sents, si)
		}
	}
	for _, t := range tokenize(a.Title + " " + a.Caption) {
		for _, x := range terms(t.s, nil) {
			ix.vocab[x] = true
		}
	}
	ix.roleTerms = make([]map[string]bool, len(a.Entities))
	for i, e := range a.Entities {
		ix.roleTerms[i] = termSet(e.Role + " " + e.Title)
	}
	ix.eventEnts = map[string][]int{}
	ix.eventTerms = map[string]map[string]bool{}
	for _, ev := range a.Events {
		ix.eventTerms[ev.Text] = termSet(ev.Text)
		toks := tokenize(ev.Text)
		var seq []string
		pron := false
		for _, t := range toks {
			seq = terms(t.s, seq)
			_, p := pronounGender[strings.ToLower(t.s)]
			pron = pron || p
		}
		ents := ix.eventEnts[ev.Text]
		for _, m := range ix.aliases.match(toks, true) {
			ents = appendUnique(ents, m.ent)
		}
		for _, e := range ix.described(seq) {
			ents = appendUnique(ents, e)
		}
		// "he spoke twice last year": the pronoun's person, from the sentence.
		if pron && len(ev.Citations) > 0 {
			for i := range ix.sents {
				if si := &ix.sents[i]; si.n == ev.Citations[0].Paragraph && si.text == ev.Citations[0].Text {
					for _, e := range si.pents {
						ents = appendUnique(ents, e)
					}
				}
			}
		}
		ix.eventEnts[ev.Text] = ents
	}
	ix.quoteTerms = map[string]map[string]bool{}
	for _, q := range a.Quotes {
		m := map[string]bool{}
		for _, c := range q.Citations {
			for t := range termSet(c.Text) {
				m[t] = true
			}
		}
		ix.quoteTerms[q.Text] = m
	}
	total := 0
	for i := range ix.sents {
		total += ix.sents[i].t1 - ix.sents[i].t0
	}
	avg := float64(total) / float64(max(len(ix.sents), 1))
	const k, b = 1.2, 0.5
	for i := range ix.sents {
		l := float64(ix.sents[i].t1-ix.sents[i].t0) / max(avg, 1)
		ix.sents[i].norm = (k + 1) / (1 + k*(1-b+b*l))
	}
	n := float64(len(ix.sents))
	for t, c := range df {
		ix.idf[t] = math.Log(1 + n/float64(c))
	}
	ix.entIDF = make([]float64, len(entDF))
	for e, c := range entDF {
		ix.entIDF[e] = math.Log(1 + n/float64(max(c, 1)))
	}
	return ix
}

// appendUnique appends v to s unless present.
func appendUnique(s []int, v int) []int {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

// has reports whether s holds v.
func has(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// isNumber reports whether w is a number in digits or a small number word.
func isNumber(w string) bool {
	w = strings.ToLower(w)
	if w == "" {
		return false
	}
	digits := true
	for _, r := range w {
		if (r < '0' || r > '9') && r != ',' && r != '.' {
			digits = false
			break
		}
	}
	if digits && w[0] >= '0' && w[0] <= '9' {
		return true
	}
	_, ok := numberWords[w]
	return ok && w != "a" && w != "an"
}

// known reports whether a question term occurs in the article, allowing
// for a typo in a long word.
func (ix *index) known(t string) bool {
	if ix.vocab[t] {
		return true
	}
	if len(t) >= 6 {
		for v := range ix.vocab {
			if len(v) >= 5 && closeSpelling(t, v) {
				return true
			}
		}
	}
	return false
}

// definiteOrg resolves "the committee" at token x of paragraph k to the
// organisation of that head noun named last before it, in this paragraph
// or the one before; -1 when there is none.
func definiteOrg(d *doc, ents []Entity, k, x int) int {
	head := tokKey(d.paras[k].toks[x].s)
	for pk := k; pk >= 0 && pk >= k-1; pk-- {
		ms := d.mentions[pk]
		for i := len(ms) - 1; i >= 0; i-- {
			m := ms[i]
			if pk == k && m.j > x {
				continue
			}
			e := ents[m.ent]
			f := strings.Fields(strings.ToLower(e.Name))
			if e.Kind == Organisation && len(f) > 1 && f[len(f)-1] == head {
				return m.ent
			}
		}
	}
	return -1
}

// described returns the people whose role core stands, word for word, in
// the term sequence seq ("… with Russia's ambassador" describes Kislyak).
func (ix *index) described(seq []string) []int {
	var out []int
	for e, core := range ix.cores {
		if len(core) == 0 {
			continue
		}
		for i := 0; i+len(core) <= len(seq); i++ {
			if slices.Equal(seq[i:i+len(core)], core) {
				out = append(out, e)
				break
			}
		}
	}
	return out
}
