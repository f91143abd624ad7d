package lookup

import (
	"math"
	"slices"
	"strings"

	"storybot/knowledge"
)

// Stage 1, reading: the article's sentences as tokens, with the entities
// each names or refers to, the numbers it holds and whether it is inside
// a quotation. The title and the caption are read as sentences of
// paragraph 0, so questions about them are answered like any other.

// reading is what the engine knows of one article's text.
type reading struct {
	art       *knowledge.Article
	sents     []sentence
	df        map[string]int // stem → sentences holding it
	avgDL     float64        // mean sentence length in terms
	meanIDF   float64        // mean idf of the article's stems
	vocab     map[string]bool
	words     map[string]bool // the words written, lower-case
	compounds map[string]bool // the hyphenated compounds of words written in lower case ("out-of-state"; typedcompound.go)
	plain     map[string]bool // the words written in lower case in the text ("race", not "Grace")
	bases     map[string]bool // base forms of the irregular words written ("leave" for "left")
	ents      []entityForms
	norm      func([]token) []token            // lemmatizes a sentence's tokens
	business  func(noun string) bool           // whether a noun names a kind of business (WordNet)
	kindOf    func(noun, ancestor string) bool // whether a noun names a kind of another (WordNet hypernyms), or nil

	calledCompanies map[int]bool // the bodies a lead's "the company said" refers back to, read once (companyref.go)
}

// sentence is one sentence of the article, read.
type sentence struct {
	para    int    // paragraph number; 0 for the title and caption
	part    string // "title", "caption" or "" for body text
	text    string // verbatim
	toks    []token
	named   []int // entities named in it
	refs    []int // entities it refers to by pronoun, resolved
	nums    []quantity
	quoted  []bool  // per token: inside quotation marks
	speaker int     // entity quoted in it, or -1
	times   [][]int // byte spans of its time expressions
}

// entityForms are the lower-case token sequences that name an entity.
type entityForms struct {
	forms  [][]string
	kind   knowledge.EntityKind
	gender byte // 'f', 'm' or 0
}

// read builds the reading of a.
func read(a *knowledge.Article, norm func([]token) []token, business func(noun string) bool, kindOf func(noun, ancestor string) bool) *reading {
	r := &reading{art: a, df: map[string]int{}, vocab: map[string]bool{}, words: map[string]bool{}, compounds: map[string]bool{}, plain: map[string]bool{}, norm: norm, business: business, kindOf: kindOf}
	r.ents = entityTable(a.Entities, lowerCaseWords(a))
	if a.Title != "" {
		r.add(0, "title", a.Title)
	}
	if a.Caption != "" {
		r.add(0, "caption", a.Caption)
	}
	if a.Byline != "" {
		r.add(0, "byline", a.Byline)
	}
	for _, p := range a.Paragraphs {
		for _, s := range p.Sentences {
			r.add(p.N, "", s)
		}
	}
	r.genders()
	r.resolvePronouns()
	r.resolvePairs()
	r.resolveCompany()
	r.resolvePlaceNouns()
	r.resolveHeads()
	r.resolveHeadKinds()    // "the league" for "the Woodbury Youth Hockey Association" (headkind.go)
	r.resolveNearestHeads() // "the department" of two departments: the nearer (nearesthead.go)
	r.resolveIt()
	r.attributeQuotes()
	total := 0
	for i := range r.sents {
		seen := map[string]bool{}
		for k, t := range r.sents[i].toks {
			r.vocab[t.stem] = true
			r.vocab[t.lower] = true
			r.words[t.lower] = true
			if lowerCompound(t, k) {
				r.compounds[t.lower] = true
			}
			if !t.cap {
				r.plain[t.lower] = true
			}
			if n := compoundCounted(t); n != "" {
				r.vocab[n], r.vocab[stemOf(n)] = true, true // "48-bed": the article writes "bed"
				r.vocab[stemOf(regularPlural(n))] = true    // "four-woman": it counts women (personcompound.go)
			}
			if !seen[t.stem] {
				seen[t.stem] = true
				r.df[t.stem]++
			}
		}
		total += len(r.sents[i].toks)
	}
	r.avgDL = float64(total) / math.Max(1, float64(len(r.sents)))
	for st := range r.df {
		r.meanIDF += r.idf(st)
	}
	r.meanIDF /= math.Max(1, float64(len(r.df)))
	return r
}

// add reads one sentence.
func (r *reading) add(para int, part, text string) {
	s := sentence{para: para, part: part, text: text, toks: r.norm(tokenize(text)), speaker: -1}
	s.nums = readQuantities(text, s.toks)
	s.named = r.namedIn(s.toks)
	s.quoted = quotedTokens(text, s.toks)
	s.times = withDuringSpans(&s, r.withoutNameMonths(&s, timeRe.FindAllStringIndex(text, -1))) // not "June" of "June Okoro" (namemonth.go)
	r.sents = append(r.sents, s)
}

// specificStart reports whether a noun phrase opening with t refers to
// something specific: a definite or possessive determiner, a name or a
// number ("the campaign", "his hearing", "Tuesday's debate", "2016").
func specificStart(t token) bool {
	return t.cap || t.poss || strings.ContainsAny(t.lower, "0123456789") ||
		t.lower == "the" || t.lower == "this" || t.lower == "that" || t.lower == "last" || possessivePronouns[t.lower]
}

// withDuringSpans adds to times each "during" phrase of s that overlaps
// none: "during" takes a noun phrase naming an event and places the
// clause within its time ("during Donald Trump's campaign", "during
// Tuesday's debate"; Quirk et al., §9.40). The phrase runs to its head,
// ending at punctuation, a preposition or a conjunction, or an operator
// (phraseOperator), at most five words on.
func withDuringSpans(s *sentence, times [][]int) [][]int {
	for i, t := range s.toks {
		if t.lower != "during" || i+1 >= len(s.toks) || !specificStart(s.toks[i+1]) {
			continue // "during class": a bare noun is generic (Quirk et al., §5.52), no time of its own
		}
		end := i
		for k := i + 1; k < len(s.toks) && k <= i+5; k++ {
			gap := s.text[s.toks[k-1].end:s.toks[k].start]
			if strings.ContainsAny(gap, ",.;:—()\"") || prepositions[s.toks[k].lower] || clauseJoints[s.toks[k].lower] || coordinators[s.toks[k].lower] || s.toks[k].lower == "of" || s.toks[k].lower == "in" || phraseOperator(s.toks[k]) {
				break
			}
			end = k
		}
		if end == i {
			continue
		}
		sp := []int{t.start, s.toks[end].end}
		// a time inside the phrase is its modifier ("during last year's
		// budget fight"): the phrase is the constituent that dates the clause
		times = slices.DeleteFunc(times, func(o []int) bool { return sp[0] <= o[0] && o[1] <= sp[1] })
		if !slices.ContainsFunc(times, func(o []int) bool { return o[0] < sp[1] && sp[0] < o[1] }) {
			times = append(times, sp)
		}
	}
	slices.SortFunc(times, func(a, b []int) int { return a[0] - b[0] })
	return times
}

// lowerCaseWords are the words the article's body writes in lower case
// other than after "the": as common nouns, not names. After "the" a
// lower-case head may be an organisation's second reference ("the
// conservancy", AP Stylebook, "capitalization").
func lowerCaseWords(a *knowledge.Article) map[string]bool {
	out := map[string]bool{}
	for _, p := range a.Paragraphs {
		toks := tokenize(p.Text)
		for i, t := range toks {
			if !t.cap && (i == 0 || toks[i-1].lower != "the") {
				out[t.lower] = true
			}
		}
	}
	return out
}

// entityTable lists each entity's forms: its name, its aliases and, for a
// person, the surname alone. An organisation's last word stands for it on
// second reference ("the Post") only when the article never writes it in
// lower case as a common noun: a capital marks the proper noun (AP
// Stylebook, "capitalization"), and a question typed in lower case cannot
// tell "power" from "Carolina Coastal Power" where the article uses both.
func entityTable(ents []knowledge.Entity, lower map[string]bool) []entityForms {
	out := make([]entityForms, len(ents))
	heads := map[string]int{} // last word of organisations' names → how many share it
	for _, e := range ents {
		if f := unnumbered(strings.Fields(strings.ToLower(e.Name))); e.Kind == knowledge.Organisation && len(f) > 1 {
			heads[f[len(f)-1]]++
		}
	}
	given := givenNames(ents, lower)
	place := placeNameWords(ents)
	for i, e := range ents {
		names := append([]string{e.Name}, e.Aliases...)
		if g := given[i]; g != "" {
			names = append(names, g) // "where is gary from": a reader's first-name reference
		}
		for _, n := range names {
			var f, split []string
			for _, t := range tokenize(n) {
				f = append(f, t.lower)
				split = append(split, strings.Split(t.lower, "-")...)
			}
			if len(f) > 0 {
				out[i].forms = append(out[i].forms, f)
			}
			if len(split) > len(f) {
				out[i].forms = append(out[i].forms, split) // "vasquez lowe" for "Vasquez-Lowe"
			}
			if e.Kind == knowledge.Organisation && len(f) > 1 {
				if ini := initialsOf(f); len(ini) > 1 && !stopWords[ini] {
					out[i].forms = append(out[i].forms, []string{ini}) // "ap" for "Associated Press"
				}
				out[i].forms = append(out[i].forms, ofInitialisms(f, place, lower)...) // "dot" for "Department of Transportation" (ofinitials.go)
				u := unnumbered(f)
				if len(u) < len(f) && len(u) > 1 {
					out[i].forms = append(out[i].forms, u) // "teamsters local" for "Teamsters Local 174"
				}
				if last := u[len(u)-1]; heads[last] == 1 && !lower[last] && !stopWords[last] && classNouns[last] == "" && !genericOrgHeads[last] {
					out[i].forms = append(out[i].forms, []string{last}) // "the Post" on second reference
				}
			}
		}
		out[i].kind = e.Kind
	}
	withShortNames(out) // "lyle valley" for "Lyle Valley College" (orgshortname.go)
	return out
}

// unnumbered is name words f without the figure that ends a numbered
// designation ("senate bill 214": senate bill; knowledge's
// numberedBodyHeads), or f.
func unnumbered(f []string) []string {
	if n := len(f); n > 1 && isDigits(f[n-1]) {
		return f[:n-1]
	}
	return f
}

// namedIn returns the entities named in toks, longest form first, each once.
func (r *reading) namedIn(toks []token) []int {
	var out []int
	for i := 0; i < len(toks); i++ {
		best, bestLen := -1, 0
		for e, ef := range r.ents {
			for _, f := range ef.forms {
				if len(f) > bestLen && matchForm(toks, i, f) {
					best, bestLen = e, len(f)
				}
			}
		}
		if best < 0 {
			best = r.tagState(toks[i])
			bestLen = 1
		}
		if bestLen == 1 && i > 0 && toks[i-1].lower == "the" {
			best = r.theShortName(toks[i].lower, best)
		}
		if best >= 0 {
			if !contains(out, best) {
				out = append(out, best)
			}
			i += bestLen - 1
		}
	}
	return out
}

// tagState is the state entity an AP party-and-state tag names ("R-Ariz."
// names Arizona), or -1.
func (r *reading) tagState(t token) int {
	m := partyTag.FindStringSubmatch(t.text)
	if m == nil {
		return -1
	}
	st := strings.ToLower(strings.TrimSuffix(m[2], "."))
	for e, ef := range r.ents {
		for _, f := range ef.forms {
			if len(f) == 1 && strings.TrimSuffix(f[0], ".") == st {
				return e
			}
		}
	}
	return -1
}

// matchForm reports whether form starts at token i.
func matchForm(toks []token, i int, form []string) bool {
	if i+len(form) > len(toks) {
		return false
	}
	for k, w := range form {
		if strings.TrimSuffix(toks[i+k].lower, ".") != strings.TrimSuffix(w, ".") {
			return false
		}
	}
	return true
}

// genders sets each person's gender from the article's own words: a
// courtesy title or gendered role noun in their name or role, or the
// pronouns of the sentence that names them alone, outside its quotations:
// direct speech keeps the speaker's own deixis (Quirk et al. 1985,
// §14.31), so a quoted speaker is "I" and the "she" they speak of is
// another ("I heard my mom screaming before I saw her," Brandvold said).
// When the pronouns do not tell, the given name's usual gender does (the
// knowledge package's given-name lists, Moby Word II): "Rudy Paskett",
// whose sentences name others too, is a man.
func (r *reading) genders() {
	for e, ent := range r.art.Entities {
		if ent.Kind != knowledge.Person {
			continue
		}
		f, m := 0, 0
		for _, t := range tokenize(ent.Title + " " + ent.Role) {
			f, m = f+b2i(femaleWords[t.lower]), m+b2i(maleWords[t.lower])
		}
		for i, s := range r.sents {
			if len(s.named) != 1 || s.named[0] != e || r.namedOnlyQuoted(&r.sents[i], e) {
				continue
			}
			for _, x := range []int{i, i + 1} {
				if x >= len(r.sents) || x > i && (r.namesPerson(&r.sents[x]) || r.sents[x].para != s.para) {
					continue // "he" and "she" stand for people: a place the next sentence names takes none of its pronouns
				}
				for k, t := range r.sents[x].toks {
					if r.sents[x].quoted[k] || x == i && r.disjointPronoun(&r.sents[x], e, k) {
						continue // a speaker's own words call the speaker "I": "she" in them is someone else
					}
					f, m = f+b2i(femaleWords[t.lower] && !t.cap || t.lower == "she"), m+b2i(maleWords[t.lower] && !t.cap || t.lower == "he")
				}
			}
		}
		switch {
		case f > m:
			r.ents[e].gender = 'f'
		case m > f:
			r.ents[e].gender = 'm'
		default:
			r.ents[e].gender = knowledge.GivenNameGender(strings.Fields(ent.Name)[0])
		}
	}
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// resolvePronouns ties he/she/his/her in each body sentence to the nearest
// person named before it, in the same or the previous paragraph, whose
// gender does not conflict.
func (r *reading) resolvePronouns() {
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 {
			continue
		}
		for _, t := range s.toks {
			var g byte
			switch {
			case t.lower == "he" || t.lower == "his" || t.lower == "him":
				g = 'm'
			case t.lower == "she" || t.lower == "her" || t.lower == "hers":
				g = 'f'
			default:
				continue
			}
			if e := r.antecedent(i, t.start, g); e >= 0 && !contains(s.refs, e) && !contains(s.named, e) {
				s.refs = append(s.refs, e)
			}
		}
	}
}

// resolvePairs ties a sentence that opens with "The two men", "Both
// women", "The pair" or "The two" to the last two people named before it
// in the same paragraph: a numeral or "both" with a general noun refers
// back to a set of that size already introduced (Halliday and Hasan,
// "Cohesion in English", 1976, §6.4 on general nouns; Quirk et al. §5.20
// on "both" as a dual determiner).
func (r *reading) resolvePairs() {
	for i := range r.sents {
		s := &r.sents[i]
		if s.para == 0 || !opensWithPair(s.toks) {
			continue
		}
		var people []int
		for j := i - 1; j >= 0 && r.sents[j].para == s.para && len(people) < 2; j-- {
			p := &r.sents[j]
			all := append(append([]int(nil), p.named...), p.refs...)
			for k := len(all) - 1; k >= 0 && len(people) < 2; k-- {
				if x := all[k]; r.ents[x].kind == knowledge.Person && !contains(people, x) {
					people = append(people, x)
				}
			}
		}
		if len(people) == 2 {
			for _, x := range people {
				if !contains(s.refs, x) && !contains(s.named, x) {
					s.refs = append(s.refs, x)
				}
			}
		}
	}
}

// pairNouns are the general nouns for people that "the two" and "both"
// take (Halliday and Hasan 1976, §6.4).
var pairNouns = set("men", "women", "people", "brothers", "sisters", "friends", "players", "officials", "officers", "leaders", "candidates")

// opensWithPair reports whether toks open with "the two (N)", "both (N)"
// or "the pair".
func opensWithPair(toks []token) bool {
	w := func(i int) string {
		if i < len(toks) {
			return toks[i].lower
		}
		return ""
	}
	switch {
	case w(0) == "the" && (w(1) == "pair" || w(1) == "two" && (pairNouns[w(2)] || auxiliaries[w(2)] || w(2) == "never")):
		return true
	case w(0) == "both" && (pairNouns[w(1)] || auxiliaries[w(1)]):
		return true
	}
	return false
}

// antecedent finds the person a pronoun of gender g at byte off of
// sentence i refers to.
func (r *reading) antecedent(i, off int, g byte) int {
	for j := i; j >= 0 && j >= i-4; j-- {
		s := &r.sents[j]
		if s.para == 0 || s.para < r.sents[i].para-1 {
			break
		}
		cands := append([]int(nil), s.named...)
		if j < i {
			cands = append(cands, s.refs...)
			if e := r.subjectPerson(s, g); e >= 0 && len(r.sents[i].toks) > 0 && r.sents[i].toks[0].start == off {
				return e // a subject pronoun continues the last sentence's subject
			}
		}
		for k := len(cands) - 1; k >= 0; k-- {
			e := cands[k]
			if r.ents[e].kind != knowledge.Person || r.ents[e].gender != 0 && r.ents[e].gender != g {
				continue
			}
			if j == i && !r.namedBefore(s, e, off) || r.onlyAttributive(s, e) {
				continue // "the Pine Meadow house": a name that modifies a noun is no one "she" refers to
			}
			if j == i && r.clauseMateSubject(s, e, off) {
				continue // "Natarajan will succeed him": not Natarajan (clausematepronoun.go)
			}
			return e
		}
	}
	return -1
}

// subjectPerson is the person of gender g (or unknown) that opens s as
// its subject, or -1. A pronoun that is a sentence's subject refers
// first to the subject of the sentence before ("Tesfahun took 74 seconds
// off the mark set by Mwangi. He pulled away …": Tesfahun), the preferred
// center of the last utterance (Grosz, Joshi and Weinstein, "Centering",
// Computational Linguistics 21(2), 1995), not to the last name in it.
func (r *reading) subjectPerson(s *sentence, g byte) int {
	for _, e := range s.named {
		if r.ents[e].kind == knowledge.Person && (r.ents[e].gender == 0 || r.ents[e].gender == g) && (r.namedAtStart(s, e) || r.apposedAtStart(s, e)) {
			return e
		}
	}
	return -1
}

// onlyAttributive reports whether every mention of p in s modifies the
// noun after it behind a determiner ("the Trump campaign", "a Sessions
// aide"): English puts no article before a person's name used as a name.
func (r *reading) onlyAttributive(s *sentence, p int) bool {
	seen := false
	for i := 1; i < len(s.toks); i++ {
		n := r.longestForm(s, p, i)
		if n == 0 {
			continue
		}
		seen = true
		j := i + n
		det := s.toks[i-1].lower
		if (det != "the" && det != "a" && det != "an") || j >= len(s.toks) || s.toks[j].cap ||
			stopWords[s.toks[j].lower] || s.toks[j-1].end < s.toks[j].start-1 {
			return false
		}
		i = j - 1 // "Pine Meadow" is one mention, not also "Meadow"
	}
	return seen && !r.namedAtStart(s, p)
}

// longestForm is the length in tokens of the longest of p's name forms
// that starts at token i of s, or 0.
func (r *reading) longestForm(s *sentence, p, i int) int {
	n := 0
	for _, f := range r.ents[p].forms {
		if len(f) > n && matchForm(s.toks, i, f) {
			n = len(f)
		}
	}
	return n
}

// namedAtStart reports whether s opens with p's name, after its dateline if it has one.
func (r *reading) namedAtStart(s *sentence, p int) bool {
	at := datelineEnd(s) // "NEW ORLEANS (AP) — Walter Briggs, …": the lead's subject follows its dateline
	for _, f := range r.ents[p].forms {
		if matchForm(s.toks, at, f) {
			return true
		}
	}
	return false
}

// namedBefore reports whether entity e is named in s before byte off.
func (r *reading) namedBefore(s *sentence, e, off int) bool {
	for i := range s.toks {
		if s.toks[i].start >= off {
			return false
		}
		for _, f := range r.ents[e].forms {
			if matchForm(s.toks, i, f) {
				return true
			}
		}
	}
	return false
}

// quotedTokens marks the tokens inside quotation marks.
func quotedTokens(s string, toks []token) []bool {
	in := make([]bool, len(toks))
	var spans [][2]int
	inside := false
	start := 0
	for i, r := range s {
		switch r {
		case '"', '“', '”':
			if r == '“' || !inside && r == '"' {
				inside, start = true, i
				continue
			}
			if inside {
				spans = append(spans, [2]int{start, i})
				inside = false
			}
		}
	}
	if inside {
		spans = append(spans, [2]int{start, len(s)})
	}
	for k, t := range toks {
		for _, sp := range spans {
			if t.start > sp[0] && t.end <= sp[1] {
				in[k] = true
			}
		}
	}
	return in
}

// attributeQuotes records, for each sentence holding a quotation, the
// speaker the extraction stage gave it.
func (r *reading) attributeQuotes() {
	for _, q := range r.art.Quotes {
		e := r.entityNamed(q.Speaker)
		if e < 0 {
			continue
		}
		for _, c := range q.Citations {
			for i := range r.sents {
				if r.sents[i].para == c.Paragraph && strings.Contains(r.sents[i].text, q.Text) {
					r.sents[i].speaker = e
				}
			}
		}
	}
}

// entityNamed returns the index of the entity with canonical name n.
func (r *reading) entityNamed(n string) int {
	for i, e := range r.art.Entities {
		if e.Name == n {
			return i
		}
	}
	return -1
}

// mentions reports whether sentence s names or refers to entity e.
func (s *sentence) mentions(e int) bool { return contains(s.named, e) || contains(s.refs, e) }

// idf is the BM25 inverse document frequency of a stem.
func (r *reading) idf(stem string) float64 {
	n := float64(len(r.sents))
	df := float64(r.df[stem])
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

func contains(xs []int, x int) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// initialsOf is the acronym of a multi-word name, its capitalised words'
// initials ("associated press" → "ap"). An acronym that spells a function
// word ("Orleans Flow" → "of", "Inland Fisheries" → "if") is no form of
// the name: read without regard to case it would meet that word in
// nearly every sentence, while news writing sets an acronym in capitals
// (AP Stylebook, "abbreviations and acronyms"). The caller drops such an
// acronym (stopWords: the Snowball list of English function words).
func initialsOf(words []string) string {
	for _, w := range words {
		if strings.Contains(w, ".") {
			return "" // "U.S. Senate" has no initialism of its own
		}
	}
	var b strings.Builder
	for _, w := range words {
		if !stopWords[w] && w != "" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// genericOrgHeads end many organisations' names and mean nothing alone
// ("on board", "the company"): such a last word is no second reference.
var genericOrgHeads = set("board", "committee", "council", "commission", "department", "office",
	"agency", "company", "group", "center", "centre", "institute", "association", "service",
	"services", "administration", "authority", "bureau", "foundation", "fund", "party", "team")
