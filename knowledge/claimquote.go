package knowledge

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file checks a claim's quotations: each must stand in a cited
// paragraph, its first letter's case aside and dashes however spaced; a
// quotation credited to someone must lie inside a quotation the article
// credits to that person; an ellipsis may join only fragments of one
// quotation (or, uncredited, one sentence), in order, and may not leave
// out a negation.

// qspan is the content of one quotation in a claim: [open, close) bytes,
// marks excluded.
type qspan struct{ open, close int }

// quoteSpansOf returns the quotations of s: double quotation marks,
// straight or curly, then single ones outside them told from apostrophes
// as singleQuotations does.
func quoteSpansOf(s string) []qspan {
	out, inDouble := doubleSpans(s)
	return append(out, singleSpans(s, inDouble)...)
}

// doubleSpans returns the spans in double quotation marks, and which bytes
// of s they (marks included) cover. An unclosed one runs to the end.
func doubleSpans(s string) ([]qspan, []bool) {
	var out []qspan
	inDouble := make([]bool, len(s)+1)
	start := -1
	for i, r := range s {
		if !strings.ContainsRune("\"\u201c\u201d\u201e\u00ab\u00bb", r) {
			continue
		}
		if start < 0 {
			start = i + utf8.RuneLen(r)
			continue
		}
		out = append(out, qspan{start, i})
		for k := start - 1; k <= i; k++ {
			inDouble[k] = true
		}
		start = -1
	}
	if start >= 0 {
		out = append(out, qspan{start, len(s)})
		for k := start - 1; k < len(s); k++ {
			inDouble[k] = true
		}
	}
	return out, inDouble
}

// singleSpans returns the spans in single quotation marks outside double
// ones, telling marks from apostrophes: an opening mark follows white
// space or an opening bracket and precedes a non-space; a closing mark
// follows a non-space and precedes white space or punctuation.
func singleSpans(s string, inDouble []bool) []qspan {
	var out []qspan
	open := -1
	prev := ' '
	for i, r := range s {
		if inDouble[i] || !(r == '\'' || r == '\u2018' || r == '\u2019') {
			if inDouble[i] {
				open = -1
			}
			prev = r
			continue
		}
		opens, closes := singleMark(prev, r, firstRuneOf(s[i+utf8.RuneLen(r):]))
		switch {
		case open < 0 && opens:
			open = i + utf8.RuneLen(r)
		case open >= 0 && closes:
			out = append(out, qspan{open, i})
			open = -1
		}
		prev = r
	}
	return out
}

// bracketed matches an editor's insertion in a quotation.
var bracketed = regexp.MustCompile(`\[[^\]]*\]`)

// singleMark tells whether the single quotation mark r, between prev and
// next, can open or close a quotation; an apostrophe (didn't, Sessions')
// can do neither where it stands.
func singleMark(prev, r, next rune) (opens, closes bool) {
	prevSpace := unicode.IsSpace(prev) || strings.ContainsRune("([", prev)
	nextSpace := unicode.IsSpace(next) || unicode.IsPunct(next)
	return prevSpace && !nextSpace && r != '\u2019', !prevSpace && nextSpace && r != '\u2018'
}

// quoteFragments splits a quotation at its ellipses and trims each piece.
func quoteFragments(q string) []string {
	var out []string
	// A bracketed insertion ("about [Sessions'] answer") stands for words
	// left out, as an ellipsis does.
	for _, f := range ellipsis.Split(bracketed.ReplaceAllString(q, "…"), -1) {
		f = strings.TrimFunc(f, func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(".,;:!?\"'\u201c\u201d\u2018\u2019", r)
		})
		if f != "" {
			out = append(out, quoteNorm(f))
		}
	}
	return out
}

// quotation checks the quotation sp of a claim against the cited
// paragraphs.
func (c *claimChecker) quotation(bare string, toks []ctoken, sp qspan, facts []*paraFacts, where string) string {
	content := bare[sp.open:sp.close]
	frags := quoteFragments(content)
	if len(frags) == 0 {
		return ""
	}
	speaker := c.speakerOf(bare, toks, sp)
	show := strconv.Quote(clipRunes(strings.TrimSpace(content), 60))
	name := ""
	if speaker >= 0 {
		name = c.v.a.Entities[speaker].Name
	}
	m := c.match(frags, facts, speaker, name)
	if m.ok {
		return ""
	}
	other, narration, negGap := m.other, m.narration, m.negGap
	switch {
	case other != "":
		return "quotation " + show + " is " + other + "'s words, not " + name + "'s"
	case narration:
		return "quotation " + show + " is the article's narration, not " + name + "'s words"
	case negGap != "":
		return "the ellipsis in " + show + " leaves out " + strconv.Quote(negGap)
	}
	if len(frags) > 1 {
		all := true
		for _, fr := range frags {
			in := false
			for _, f := range facts {
				if i, _ := findFold(f.norm, fr, 0); i >= 0 {
					in = true
				}
			}
			all = all && in
		}
		if all {
			return "the ellipsis in " + show + " joins words from different quotations or sentences"
		}
	}
	for _, p := range c.v.a.Paragraphs {
		if ok, _ := fragmentsInOrder(c.v.facts[p.N].norm, frags); ok {
			return "quotation " + show + " not in " + where + " (it is in ¶" + strconv.Itoa(p.N) + ")"
		}
	}
	return "quotation " + show + " not in " + where
}

// quoteMatch is where a quotation's fragments were found.
type quoteMatch struct {
	ok        bool   // in a cited paragraph, credited rightly
	other     string // found only in a quotation of this other speaker
	narration bool   // found only in the article's narration
	negGap    string // found but for this negation left out between fragments
}

// match looks for frags in the cited paragraphs: in a quotation of the
// credited speaker (or any, when none is credited), or, uncredited, in
// one sentence (one paragraph for a single fragment).
func (c *claimChecker) match(frags []string, facts []*paraFacts, speaker int, name string) quoteMatch {
	var m quoteMatch
	for _, f := range facts {
		for _, q := range f.quotes {
			ok, neg := fragmentsInOrder(quoteNorm(q.Text), frags)
			m.negGap = cmp.Or(neg, m.negGap)
			switch {
			case ok && (speaker < 0 || q.Speaker == name):
				return quoteMatch{ok: true}
			case ok:
				m.other = q.Speaker
			}
		}
		units := f.sents
		if len(frags) == 1 {
			units = []string{f.norm}
		}
		for _, u := range units {
			ok, neg := fragmentsInOrder(u, frags)
			m.negGap = cmp.Or(neg, m.negGap)
			if ok && speaker < 0 {
				return quoteMatch{ok: true}
			}
			m.narration = m.narration || ok
		}
	}
	return m
}

// fragmentsInOrder reports whether frags stand in u in order. When they would but
// for a negation in the words between two of them, it returns that word.
func fragmentsInOrder(u string, frags []string) (ok bool, negation string) {
	pos := 0
	for k, f := range frags {
		i, n := findFold(u, f, pos)
		if i < 0 {
			return false, ""
		}
		if k > 0 {
			for _, w := range claimTokens(u[pos:i]) {
				if elidedNegations[w.lower] || strings.HasSuffix(w.lower, "n't") || strings.HasSuffix(w.lower, "n\u2019t") {
					return false, w.w
				}
			}
		}
		pos = i + n
	}
	return true, ""
}

// findFold finds needle in hay at or after from, as whole words, letting
// the case of needle's first letter differ. It returns the match's offset
// and length, or -1.
func findFold(hay, needle string, from int) (int, int) {
	if needle == "" {
		return from, 0
	}
	r0, n0 := utf8.DecodeRuneInString(needle)
	rest := needle[n0:]
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := from; i <= len(hay); {
		k := strings.Index(hay[i:], rest)
		if k < 0 {
			return -1, 0
		}
		at := i + k
		pr, pn := utf8.DecodeLastRuneInString(hay[:at])
		start := at - pn
		end := at + len(rest)
		if pn > 0 && start >= from && (pr == r0 || strings.EqualFold(string(pr), string(r0))) {
			before, _ := utf8.DecodeLastRuneInString(hay[:start])
			after, _ := utf8.DecodeRuneInString(hay[end:])
			if (start == 0 || !isW(before) || !isW(r0)) && (end == len(hay) || !isW(after) || !isW(lastRuneOf(needle))) {
				return start, end - start
			}
		}
		i = at + 1
	}
	return -1, 0
}

// lastRuneOf returns the last rune of s.
func lastRuneOf(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// speakerOf returns the entity the claim credits quotation sp to, or -1
// when it credits no person (no speech verb, or "the article says").
// The speaker is the subject of the nearest speech verb before the
// quotation ("Flores said Sessions …" credits Flores), the person after
// "according to", or a person with a speech verb just after it
// ("…," Flores said).
func (c *claimChecker) speakerOf(bare string, toks []ctoken, sp qspan) int {
	q := locateQuote(bare, toks, sp)
	if q.last >= 0 && strings.TrimSpace(bare[toks[q.last].end:q.mark]) == ":" && !toks[q.last].possessive {
		if e, stop := c.ref(toks, q.last); stop {
			return e // Flores: "…"
		}
	}
	if e, ok := c.speakerBefore(bare, toks, q); ok {
		return e
	}
	if q.first < 0 {
		return -1
	}
	return c.speakerAfter(bare, toks, sp, q.first)
}

// quoteContext places a quotation among its claim's tokens.
type quoteContext struct {
	mark  int // the opening quotation mark's offset
	first int // the first token after the quotation, or -1
	last  int // the last token before it, or -1
	lo    int // the first token of its clause: after the previous quotation
}

// locateQuote places quotation sp among toks.
func locateQuote(bare string, toks []ctoken, sp qspan) quoteContext {
	const marks = "\"\u201c\u201d\u201e\u00ab\u00bb"
	q := quoteContext{first: -1, last: -1, lo: len(toks)}
	q.mark = strings.LastIndexAny(bare[:sp.open], marks+"'\u2018")
	prev := -1 // the previous quotation's closing mark
	if q.mark > 0 {
		prev = strings.LastIndexAny(bare[:q.mark], marks)
	}
	for i, t := range toks {
		if t.end <= q.mark {
			q.last = i
		}
		if q.lo == len(toks) && t.start > prev {
			q.lo = i
		}
		if q.first < 0 && t.start > sp.close {
			q.first = i
		}
	}
	return q
}

// speakerBefore finds the speaker from the nearest speech verb before the
// quotation. ok is false when there is none, or it has no subject.
func (c *claimChecker) speakerBefore(bare string, toks []ctoken, q quoteContext) (e int, ok bool) {
	for k := q.last; k >= q.lo && k >= q.last-14; k-- {
		switch w := toks[k].lower; {
		case !attributionVerbs[w]:
			continue
		case w == "words":
			if e, ok := c.wordsOwner(toks, k); ok {
				return e, true
			}
			continue
		case w == "according":
			for j := k + 1; j <= q.last; j++ {
				if e, stop := c.ref(toks, j); stop {
					return e, true
				}
			}
			continue
		}
		return c.subjectOf(bare, toks, k, q.lo)
	}
	return -1, false
}

// subjectOf finds the subject of the speech verb toks[k], looking back no
// further than toks[lo] and stopping at a new clause.
func (c *claimChecker) subjectOf(bare string, toks []ctoken, k, lo int) (e int, ok bool) {
	for j := k - 1; j >= lo && j >= k-12; j-- {
		if subjectBreaks[toks[j].lower] || strings.ContainsAny(bare[toks[j].end:toks[j+1].start], ";:") {
			return -1, false // "… doesn't say, but notes that": the subject is not named
		}
		if toks[j].possessive || nameModifier(bare, toks, j, k) {
			continue
		}
		if e, stop := c.ref(toks, j); stop {
			return e, true
		}
	}
	return -1, false
}

// wordsOwner reads "in Flores' words", "in his own words" at toks[k]
// ("words"): the owner speaks.
func (c *claimChecker) wordsOwner(toks []ctoken, k int) (e int, ok bool) {
	j := k - 1
	if j > 0 && toks[j].lower == "own" {
		j--
	}
	if j < 0 {
		return -1, false
	}
	if g, isPronoun := map[string]byte{"her": 'f', "his": 'm'}[toks[j].lower]; isPronoun {
		return c.resolvePronoun(toks, j, g), true
	}
	if e := c.v.personRef(toks[j].lower); e >= 0 && toks[j].possessive {
		return e, true
	}
	return -1, false
}

// nameModifier reports whether toks[j], before the speech verb toks[k], is a
// name used as a modifier ("the Trump administration said"): followed
// straight away by a lower-case word that is neither the verb nor an
// adverb or auxiliary.
func nameModifier(bare string, toks []ctoken, j, k int) bool {
	if j+1 >= k {
		return false
	}
	n := toks[j+1]
	if strings.TrimSpace(bare[toks[j].end:n.start]) != "" || subjectAdverbs[n.lower] || !unicode.IsLower(firstRuneOf(n.w)) {
		return false
	}
	return true
}

// subjectBreaks end the search for a speech verb's subject: words that
// open a new clause, whose subject is not the verb's.
var subjectBreaks = toSet("but", "whether", "which", "because", "while", "although", "though",
	"however", "if", "when", "where", "yet", "so")

// speakerAfter finds a speaker named after the quotation: "…," Flores
// said; "…," said Flores; "…" according to Flores.
func (c *claimChecker) speakerAfter(bare string, toks []ctoken, sp qspan, first int) int {
	end := first
	for end < len(toks) && end < first+6 && !strings.ContainsAny(bare[sp.close+1:toks[end].start], "\"\u201c\u201d") {
		end++
	}
	for k := first; k < end; k++ {
		if !attributionVerbs[toks[k].lower] {
			continue
		}
		// The subject just before the verb, else the one just after it
		// (after "according to").
		for j := k - 1; j >= first && toks[k].lower != "according"; j-- {
			if e, stop := c.ref(toks, j); stop && !toks[j].possessive {
				return e
			}
		}
		for j := k + 1; j < len(toks) && j <= k+4; j++ {
			if toks[j].possessive {
				continue
			}
			if e, stop := c.ref(toks, j); stop {
				return e
			}
		}
		return -1
	}
	return -1
}

// ref reads toks[j] as a reference to a speaker: a person's name, a
// person's role ("the spokeswoman"), a pronoun (the nearest person named
// before it), or a subject that is not a person ("the article", an
// organisation: stop with -1). stop is false when toks[j] is none of
// these.
func (c *claimChecker) ref(toks []ctoken, j int) (e int, stop bool) {
	w := toks[j].lower
	if e := c.v.personRef(w); e >= 0 {
		return e, true
	}
	if nonPersonSubjects[w] {
		return -1, true
	}
	for _, e := range c.v.entTok[w] {
		if c.v.a.Entities[e].Kind == Organisation && unicode.IsUpper(firstRuneOf(toks[j].w)) {
			return -1, true
		}
	}
	if g, ok := pronounSex[w]; ok {
		return c.resolvePronoun(toks, j, g), true
	}
	return -1, false
}

// pronounSex gives the sex of the subject pronouns a speaker can be.
var pronounSex = map[string]byte{"he": 'm', "she": 'f'}

// antecedent resolves a pronoun of sex g: the nearest earlier sentence
// (the pronoun's own first) that names a person of a fitting sex gives
// its first such person, its subject as a rule. A person of known sex
// fits better than one of unknown sex. It returns -1 when none fits.
func (v *verifier) antecedent(groups [][]int, g byte) int {
	for _, want := range []byte{g, 0} {
		for i := len(groups) - 1; i >= 0; i-- {
			for _, e := range groups[i] {
				if v.sex[e] == want {
					return e
				}
			}
		}
	}
	return -1
}

// personRef returns the person entity a lower-cased word names (a name,
// alias or role word unique to one person), or -1.
func (v *verifier) personRef(w string) int {
	if e, ok := v.personTok[w]; ok {
		return e
	}
	return -1
}

// femaleRoleWords and maleRoleWords in a role tell a person's sex, for pronouns:
// general English role nouns and honorifics.
var (
	femaleRoleWords = toSet("spokeswoman", "chairwoman", "congresswoman", "businesswoman", "woman",
		"mrs", "ms", "wife", "mother", "daughter", "sister", "queen", "actress", "councilwoman")
	maleRoleWords = toSet("spokesman", "chairman", "congressman", "businessman", "man", "mr",
		"husband", "father", "son", "brother", "king", "actor", "councilman")
)

// roleSex returns 'f' or 'm' when a role's words tell a person's sex
// ("spokeswoman", "chairman"), else 0.
func roleSex(role string) byte {
	var sex byte
	for _, t := range claimTokens(role) {
		if femaleRoleWords[t.lower] {
			return 'f'
		}
		if maleRoleWords[t.lower] {
			sex = 'm'
		}
	}
	return sex
}

// indexNames fills the verifier's name tables from the article's entities.
func (v *verifier) indexNames() {
	a := v.a
	v.entTok = map[string][]int{}
	v.personTok = map[string]int{}
	v.nameTok = map[string]int{}
	v.titleWords = map[string]bool{}
	v.sex = make([]byte, len(a.Entities))
	v.nameWords = make([][]string, len(a.Entities))
	count := map[string]int{}
	personOf := map[string]int{}
	for i, e := range a.Entities {
		seen := map[string]bool{}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, t := range claimTokens(n) {
				if len(t.lower) < 2 || seen[t.lower] || stopWords[t.lower] {
					continue
				}
				seen[t.lower] = true
				v.entTok[t.lower] = append(v.entTok[t.lower], i)
				v.nameWords[i] = append(v.nameWords[i], t.lower)
				if e.Kind == Person {
					count[t.lower]++
					personOf[t.lower] = i
				}
			}
		}
		for _, t := range claimTokens(e.Role + " " + e.Title) {
			v.titleWords[t.lower] = true
		}
		v.sex[i] = roleSex(e.Role + " " + e.Title)
		if rt := claimTokens(e.Role); e.Kind == Person && len(rt) > 0 {
			head := rt[len(rt)-1].lower
			if _, named := v.entTok[head]; !named {
				count["role:"+head]++
				personOf["role:"+head] = i
			}
		}
	}
	v.roleHead = make([]string, len(a.Entities))
	for w, n := range count {
		if n == 1 && strings.HasPrefix(w, "role:") {
			v.roleHead[personOf[w]] = strings.TrimPrefix(w, "role:")
		}
		if n == 1 {
			v.personTok[strings.TrimPrefix(w, "role:")] = personOf[w]
			if !strings.HasPrefix(w, "role:") {
				v.nameTok[w] = personOf[w]
			}
		}
	}
}
