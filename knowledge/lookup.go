package knowledge

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// Lookup is the deterministic answerer: it answers from the extracted
// knowledge without a model. It is safe for concurrent use.
type Lookup struct {
	a  *Article
	ix *index
}

// NewLookup returns a lookup answerer over a. It indexes the article once;
// answering then takes microseconds.
func NewLookup(a *Article) *Lookup { return &Lookup{a: a, ix: buildIndex(a)} }

// query is a question taken apart.
type query struct {
	text   string   // cleaned question text
	words  []string // lower-case words
	wh     string   // who, what, when, where, why, how many, how, which, yes/no, or ""
	ents   []int    // entities named or referred to
	terms  []qterm  // content terms, in order
	quote  bool     // asks what someone said
	months []int    // months named
	rels   []string // relative times named ("last year")
	prev   bool     // the subject came from an earlier turn
}

// qterm is one content term of a question.
type qterm struct {
	t       string // index term
	word    string // as typed
	generic bool   // phrasing, not subject matter ("position", "topic")
	// kind is the noun naming the kind of answer wanted ("which paper"):
	// the article need not use that word.
	kind bool
}

// Answer implements Answerer. It returns ErrQuestionTooLong for questions
// over MaxQuestionBytes and ErrEmptyQuestion when nothing is left once a
// leading Slack mention, punctuation and white space are stripped.
func (l *Lookup) Answer(ctx context.Context, q Question) (Answer, error) {
	if len(q.Text) > MaxQuestionBytes {
		return Answer{}, ErrQuestionTooLong
	}
	text := rephrase(cleanQuestion(q.Text))
	toks := tokenize(text)
	if len(toks) == 0 {
		return Answer{}, ErrEmptyQuestion
	}
	if err := ctx.Err(); err != nil {
		return Answer{}, err
	}
	qu := l.parse(text, toks, q.History)
	ans := l.route(qu)
	ans.Question = q.Text
	ans.Mode = ModeLookup
	if ans.Citations == nil {
		ans.Citations = []Citation{}
	}
	return ans, nil
}

// cleanQuestion drops invalid bytes and leading Slack mentions ("<@U123>",
// "<@U123|bot>") from a question.
func cleanQuestion(s string) string {
	s = strings.ToValidUTF8(s, " ")
	s = strings.TrimSpace(s)
	for strings.HasPrefix(s, "<") {
		i := strings.IndexByte(s, '>')
		if i < 0 {
			break
		}
		s = strings.TrimSpace(s[i+1:])
	}
	s = strings.TrimLeft(s, ":, ")
	return s
}

// phrases are multi-word verbs folded to one word before a question is
// read ("step down" is "resign").
var phrases = strings.NewReplacer(
	" step down", " resign", " stepped down", " resigned", " steps down", " resigns",
	" stepping down", " resigning", " called on", " urged", " looked into", " investigated",
	" look into", " investigate", " met up with", " met with", " meet up with", " meet with",
	" find out", " discover", " found out", " discovered", " turned out", " proved",
)

// chatWords are chat spellings of question words.
var chatWords = strings.NewReplacer(" whos ", " who is ", " whats ", " what is ", " wheres ", " where is ",
	" hows ", " how is ", " abt ", " about ", " wat ", " what ", " wht ", " what ", " u ", " you ",
	" pls ", " please ", " plz ", " please ", " thx ", " thanks ")

// rephrase folds multi-word verbs and chat spellings in a question.
// Words are lower-cased first, except short acronyms ("US", "DNC") whose
// case tells them from common words.
func rephrase(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		lw := strings.ToLower(w)
		if chatWords.Replace(" "+lw+" ") != " "+lw+" " || !(len(w) <= 4 && w == strings.ToUpper(w)) {
			f[i] = lw
		}
	}
	s = " " + strings.Join(f, " ") + " "
	s = chatWords.Replace(chatWords.Replace(s)) // twice for overlaps ("whos u")
	return strings.TrimSpace(phrases.Replace(s))
}

// whWords are the question words, longest first.
var whWords = []string{"how many", "how much", "how long", "who", "whom", "whose", "what", "when", "where", "why", "which", "how"}

// auxiliaries open a yes/no question.
var auxiliaries = toSet("did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "would", "should")

// quoteWords ask for someone's words.
var quoteWords = toSet("say", "said", "says", "saying", "quote", "quotes", "quoted", "quotation",
	"quotations", "claim", "claimed", "claims", "state", "stated", "tell", "told", "words", "statement", "statements")

// pronouns that point back to an earlier subject.
var backPronouns = toSet("he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its", "himself", "herself")

// parse takes a question apart: its question word, the entities it names
// (by any alias, in any case, or misspelt), its content terms, and a
// subject carried over from the conversation when it uses a pronoun.
func (l *Lookup) parse(text string, toks []token, history []Turn) *query {
	q := &query{text: text}
	for _, t := range toks {
		q.words = append(q.words, strings.ToLower(t.s))
	}
	joined := " " + strings.Join(q.words, " ") + " "
	best := len(joined)
	for _, w := range whWords {
		if i := strings.Index(joined, " "+w+" "); i >= 0 && i < best && i <= len(strings.Join(q.words[:min(4, len(q.words))], " "))+1 {
			best, q.wh = i, w
		}
	}
	if q.wh == "whom" || q.wh == "whose" {
		q.wh = "who"
	}
	if q.wh == "" && auxiliaries[q.words[0]] {
		q.wh = "yes/no"
	}
	covered := make([]bool, len(toks))
	for _, m := range l.ix.aliases.match(toks, false) {
		q.ents = appendUnique(q.ents, m.ent)
		for i := m.i; i < m.j; i++ {
			covered[i] = true
		}
	}
	// Other parts of a matched name ("Sarah Flores") belong to it.
	for i, t := range toks {
		if covered[i] {
			continue
		}
		for _, e := range q.ents {
			for _, part := range strings.Fields(l.a.Entities[e].Name) {
				if len(part) > 2 && tokKey(part) == tokKey(t.s) && (i > 0 && covered[i-1] || i+1 < len(toks) && covered[i+1]) {
					covered[i] = true
				}
			}
		}
	}
	// Misspelt names: a long word that is no article word but is close to
	// a name.
	for i, t := range toks {
		w := strings.ToLower(bare(t.s))
		if covered[i] || len(w) < 5 || stopwords[w] || l.ix.vocab[fold(stem(w))] {
			continue
		}
		if e := l.fuzzyEntity(w); e >= 0 {
			q.ents = appendUnique(q.ents, e)
			covered[i] = true
		}
	}
	pronoun := false
	for i, t := range toks {
		w := strings.ToLower(t.s)
		if backPronouns[w] {
			pronoun = true
		}
		if quoteWords[w] {
			q.quote = true
		}
		if n := monthNames[strings.TrimSuffix(w, ".")]; n > 0 && (w != "may" || i > 0 && (q.words[i-1] == "in" || q.words[i-1] == "since")) {
			q.months = append(q.months, n)
			covered[i] = true
			continue
		}
		if covered[i] {
			continue
		}
		kind := i > 0 && (q.words[i-1] == "which" || q.words[i-1] == "what") && !auxiliaries[w]
		if i+1 < len(toks) && covered[i+1] && isTitleToken(t.s) {
			continue // a title before a name ("Gen. Flynn") is part of it
		}
		for _, x := range terms(t.s, nil) {
			q.terms = append(q.terms, qterm{t: x, word: t.s, generic: genericWords[x] || genericWords[w], kind: kind})
		}
	}
	for _, rel := range []string{"last year", "last month", "last week", "this year", "this month", "this week", "recent days", "recent weeks", "recent months", "yesterday", "today"} {
		if strings.Contains(joined, " "+rel+" ") {
			q.rels = append(q.rels, rel)
		}
	}
	if len(q.rels) > 0 {
		// Relative times select events; their words are not content.
		var kept []qterm
		for _, t := range q.terms {
			switch t.t {
			case "last", "year", "month", "week", "recent", "day", "yesterday", "today", "thi":
				continue
			}
			kept = append(kept, t)
		}
		q.terms = kept
	}
	substantive := 0
	for _, t := range q.terms {
		if !t.generic {
			substantive++
		}
	}
	needSubject := pronoun && !l.hasPerson(q.ents) || len(q.ents) == 0 && substantive == 0 && len(q.months) == 0 && len(q.rels) == 0
	if needSubject && len(history) > 0 {
		if e, prevTerms := l.fromHistory(history, q); e >= 0 {
			q.ents = appendUnique(q.ents, e)
			q.prev = true
			if substantive == 0 && len(q.terms) == 0 {
				q.terms = prevTerms
			}
		}
	}
	return q
}

// hasPerson reports whether ents holds a person.
func (l *Lookup) hasPerson(ents []int) bool {
	for _, e := range ents {
		if l.a.Entities[e].Kind == Person {
			return true
		}
	}
	return false
}

// fuzzyEntity returns the entity with a one-word name or alias close to w,
// or -1.
func (l *Lookup) fuzzyEntity(w string) int {
	for i, e := range l.a.Entities {
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			for _, part := range strings.Fields(n) {
				if closeSpelling(w, tokKey(part)) {
					return i
				}
			}
		}
	}
	return -1
}

// fromHistory finds the subject of the most recent earlier turn: the first
// entity its question names, else the first its answer names. It also
// returns that question's content terms, for a bare follow-up ("when?").
func (l *Lookup) fromHistory(history []Turn, q *query) (int, []qterm) {
	var g byte
	for _, w := range q.words {
		if pg, ok := pronounGender[w]; ok {
			g = pg
			break
		}
	}
	fits := func(e int) bool {
		if g == 0 {
			return true
		}
		ent := l.a.Entities[e]
		return ent.Kind == Person && (gender(ent) == 0 || gender(ent) == g)
	}
	for i := len(history) - 1; i >= 0; i-- {
		h := history[i]
		var cands []int
		var prevTerms []qterm
		ans := l.ix.aliases.match(tokenize(h.Answer), true)
		if len(ans) > 0 && ans[0].i == 0 {
			cands = append(cands, ans[0].ent) // the answer's subject: "Sarah Isgur Flores is …"
		}
		ht := cleanQuestion(h.Question)
		if toks := tokenize(ht); len(toks) > 0 {
			prev := l.parse(ht, toks, nil)
			cands = append(cands, prev.ents...)
			prevTerms = prev.terms
		}
		for _, m := range ans {
			cands = append(cands, m.ent)
		}
		for _, e := range cands {
			if fits(e) {
				return e, prevTerms
			}
		}
	}
	return -1, nil
}

// route picks the kind of answer the question needs.
func (l *Lookup) route(q *query) Answer {
	if a, ok := l.meta(q); ok {
		return a
	}
	for _, t := range q.terms {
		if !t.generic && !t.kind && !l.ix.known(t.t) && !isNumber(t.word) {
			return l.notSaid(q, fmt.Sprintf("it never mentions %q", strings.Trim(t.word, "'’")))
		}
		if isNumber(t.word) && !l.ix.vocab[t.t] {
			return l.notSaid(q, fmt.Sprintf("it never mentions %q", t.word))
		}
	}
	if len(q.ents) == 0 && len(q.terms) == 0 && len(q.months) == 0 && len(q.rels) == 0 {
		return l.notSaid(q, "the question names nothing the article covers")
	}
	if q.quote && (l.hasPerson(q.ents) || len(q.ents) == 0) && q.wh != "when" && q.wh != "why" && q.wh != "how many" {
		if a, ok := l.quotes(q); ok {
			return a
		}
		if sp := l.speakerOf(q); sp >= 0 && q.wh == "what" {
			return l.notSaid(q, "it quotes no words of "+l.a.Entities[sp].Name)
		}
	}
	if (len(q.months) > 0 || len(q.rels) > 0) && q.wh != "why" && q.wh != "who" {
		if a, ok := l.eventsAt(q); ok {
			return a
		}
	}
	switch q.wh {
	case "when":
		return l.when(q)
	case "who", "which", "what", "":
		if a, ok := l.byRole(q); ok {
			return a
		}
	}
	if len(q.ents) > 0 && l.substantive(q) == 0 && q.wh != "why" && q.wh != "how many" && q.wh != "when" {
		full := q.wh == "" || slices.Contains(q.words, "happened") || slices.Contains(q.words, "about")
		return l.describe(q.ents[0], full)
	}
	switch q.wh {
	case "how many", "how much":
		if a, ok := l.howMany(q); ok {
			return a
		}
		return l.notSaid(q, "it gives no number for that")
	case "where":
		return l.where(q)
	case "why":
		if a, ok := l.why(q); ok {
			return a
		}
	}
	return l.retrieve(q)
}

// metaWords ask about the article as a whole rather than about its
// content.
var (
	summaryWords  = toSet("summary", "summarize", "summarise", "summarized", "tldr", "gist", "overview", "headline")
	timelineWords = toSet("timeline", "chronology", "chronologically")
	peopleWords   = toSet("people", "persons", "names", "characters", "who's who")
)

// meta answers questions about the article itself: a summary (its lead),
// its timeline, its quotations, the people in it.
func (l *Lookup) meta(q *query) (Answer, bool) {
	if len(q.ents) > 0 || len(l.a.Paragraphs) == 0 {
		return Answer{}, false
	}
	has := func(set map[string]bool) bool {
		for _, w := range q.words {
			if set[strings.Trim(w, ";")] {
				return true
			}
		}
		return false
	}
	aboutArticle := slices.Contains(q.words, "about") && (slices.Contains(q.words, "article") || slices.Contains(q.words, "story")) && len(q.words) <= 8
	switch {
	case has(summaryWords) || aboutArticle:
		lead := l.a.Lead()
		return Answer{Text: lead + " (¶1)", Found: true, Citations: []Citation{cite(1, lead)}}, true
	case has(timelineWords):
		var evs []Event
		for _, e := range l.a.Events {
			if !e.Undated {
				evs = append(evs, e)
			}
		}
		if len(evs) > 0 {
			return l.eventAnswer(evs), true
		}
	case has(peopleWords) && l.substantive(q) <= 2:
		var b strings.Builder
		var cites []Citation
		for i, e := range l.a.Entities {
			if e.Kind != Person {
				continue
			}
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			if e.Role != "" {
				b.WriteString(l.roleSentence(i) + ".")
				if c, ok := l.roleCitation(i); ok && len(cites) < 6 {
					cites = append(cites, c[0])
				}
			} else {
				fmt.Fprintf(&b, "%s is named in %s.", e.Name, paraList(e.Paragraphs))
			}
		}
		if b.Len() > 0 {
			return Answer{Text: b.String(), Found: true, Citations: cites}, true
		}
	case q.quote && len(q.terms) == 0:
		return l.quotes(q)
	}
	return Answer{}, false
}

// substantive counts the question's terms that are subject matter.
func (l *Lookup) substantive(q *query) int {
	n := 0
	for _, t := range q.terms {
		if !t.generic && (!t.kind || l.ix.vocab[t.t]) {
			n++
		}
	}
	return n
}

// notSaid is the answer when the article does not cover the question. It
// may point to the nearest paragraph as context, never as the answer.
func (l *Lookup) notSaid(q *query, why string) Answer {
	a := Answer{Text: "The article doesn't say: " + why + "."}
	if len(q.ents) > 0 {
		best, bs := -1, 0.0
		for i := range l.ix.sents {
			if !has(l.ix.sents[i].ents, q.ents[0]) {
				continue
			}
			if s, _ := l.score(&l.ix.sents[i], q); s > bs {
				best, bs = i, s
			}
		}
		if best >= 0 {
			si := &l.ix.sents[best]
			a.Text += fmt.Sprintf(" For context, %s appears in ¶%d.", l.a.Entities[q.ents[0]].Name, si.n)
			a.Citations = []Citation{cite(si.n, si.text)}
		}
	}
	return a
}

// score rates a sentence for a question: IDF-weighted overlap of terms,
// named entities (and pronouns that refer to them), and adjacent pairs of
// question terms found side by side. matched counts the subject-matter
// terms found.
func (l *Lookup) score(si *sentInfo, q *query) (float64, int) {
	s := 0.0
	matched := 0
	for i, t := range q.terms {
		if !si.termSet[t.t] || dupTerm(q.terms[:i], t.t) {
			continue
		}
		w := l.ix.idf[t.t] * si.norm
		switch {
		case t.generic:
			w *= 0.3
		case t.kind:
			w *= 0.3 // the kind of answer wanted, not what it is about
			matched++
		default:
			matched++
		}
		s += w
	}
	for _, e := range q.ents {
		switch {
		case has(si.ents, e):
			s += 1 + l.ix.entIDF[e]
		case has(si.pents, e):
			s += 0.7 * (1 + l.ix.entIDF[e])
		}
	}
	for i := 0; i+1 < len(q.terms); i++ {
		a, b := q.terms[i].t, q.terms[i+1].t
		for j := 0; j+1 < len(si.terms); j++ {
			if si.terms[j] == a && si.terms[j+1] == b {
				s += 0.5
				break
			}
		}
	}
	return s, matched
}

// dupTerm reports whether ts holds term t.
func dupTerm(ts []qterm, t string) bool {
	for _, x := range ts {
		if x.t == t {
			return true
		}
	}
	return false
}

// ranked returns sentence indices by descending score, with scores.
func (l *Lookup) ranked(q *query, keep func(*sentInfo) bool) ([]int, []float64, []int) {
	var idx []int
	var sc []float64
	var mt []int
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if keep != nil && !keep(si) {
			continue
		}
		s, m := l.score(si, q)
		if s <= 0 {
			continue
		}
		idx = append(idx, i)
		sc = append(sc, s)
		mt = append(mt, m)
	}
	order := make([]int, len(idx))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return sc[order[a]] > sc[order[b]] })
	ri, rs, rm := make([]int, len(order)), make([]float64, len(order)), make([]int, len(order))
	for i, o := range order {
		ri[i], rs[i], rm[i] = idx[o], sc[o], mt[o]
	}
	return ri, rs, rm
}

// enough reports whether a sentence with matched subject-matter terms
// answers q: it must hold at least one of them, and half when there are
// several; a question of names alone needs its names.
func (l *Lookup) enough(q *query, si *sentInfo, matched int) bool {
	n := l.substantive(q)
	if n == 0 {
		for _, e := range q.ents {
			if !has(si.ents, e) && !has(si.pents, e) {
				return false
			}
		}
		return len(q.ents) > 0
	}
	if matched == 0 || 2*matched < n {
		return false
	}
	// A question about named things is answered by a sentence about one of
	// them ("Is Sessions a Democrat?" is not answered by one about Democrats);
	// a yes/no question needs all of them.
	in := 0
	for _, e := range q.ents {
		if has(si.ents, e) || has(si.pents, e) {
			in++
		}
	}
	if len(q.ents) > 0 && in == 0 || q.wh == "yes/no" && in < len(q.ents) {
		return false
	}
	if q.wh == "yes/no" && len(q.ents) > 0 {
		return l.ownMatches(q, si) > 0
	}
	return true
}

// ownMatches counts the question's subject-matter terms in a sentence that
// are not someone else's: "Flynn's resignation" does not answer "Did
// Sessions resign?".
func (l *Lookup) ownMatches(q *query, si *sentInfo) int {
	p := &l.ix.d.paras[si.k]
	ms := inSentence(l.ix.d.mentions[si.k], si.s)
	want := map[string]bool{}
	for _, t := range q.terms {
		if !t.generic {
			want[t.t] = true
		}
	}
	n := 0
	for ti := si.t0; ti < si.t1; ti++ {
		hit := false
		for _, x := range terms(p.toks[ti].s, nil) {
			hit = hit || want[x]
		}
		if !hit {
			continue
		}
		if ti > si.t0 {
			prev := p.toks[ti-1].s
			if e := mentionAt(ms, ti-1); e >= 0 && bare(prev) != prev && !has(q.ents, e) {
				continue
			}
		}
		n++
	}
	return n
}

// retrieve answers with the best sentences.
func (l *Lookup) retrieve(q *query) Answer {
	idx, sc, mt := l.ranked(q, nil)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return l.notSaid(q, "nothing in it answers that")
	}
	si := &l.ix.sents[idx[0]]
	var b strings.Builder
	if q.wh == "who" && !slices.Contains(q.words, "whose") {
		if e := l.subjectOf(si, q); e >= 0 {
			fmt.Fprintf(&b, "%s. ", l.a.Entities[e].Name)
		}
	}
	fmt.Fprintf(&b, "%s (¶%d)", si.text, si.n)
	cites := []Citation{cite(si.n, si.text)}
	if len(idx) > 1 && sc[1] >= 0.85*sc[0] && l.enough(q, &l.ix.sents[idx[1]], mt[1]) {
		s2 := &l.ix.sents[idx[1]]
		fmt.Fprintf(&b, " %s (¶%d)", s2.text, s2.n)
		cites = append(cites, cite(s2.n, s2.text))
	}
	return Answer{Text: b.String(), Found: true, Citations: cites}
}

// subjectOf returns who did what the question asks about in sentence si:
// for "who did X meet" the person met (named, or described by their role,
// just after the verb); otherwise the doer, the nearest name or pronoun
// before the verb that is itself followed by a verb ("the CIA concluded",
// "Russia was meddling … by hacking"). It returns -1 when unsure.
func (l *Lookup) subjectOf(si *sentInfo, q *query) int {
	p := &l.ix.d.paras[si.k]
	want := map[string]bool{}
	for _, t := range q.terms {
		if !t.generic {
			want[t.t] = true
		}
	}
	first := -1
	for ti := si.t0; ti < si.t1 && first < 0; ti++ {
		for _, x := range terms(p.toks[ti].s, nil) {
			if want[x] {
				first = ti
				break
			}
		}
	}
	if first < 0 {
		return -1
	}
	ms := inSentence(l.ix.d.mentions[si.k], si.s)
	objectQuestion := false
	for i, w := range q.words {
		if w == q.wh && i+1 < len(q.words) && auxiliaries[q.words[i+1]] && q.wh == "who" {
			switch q.words[i+1] {
			case "is", "was", "are", "were":
			default:
				objectQuestion = true // "who did Sessions meet"
			}
		}
	}
	if objectQuestion {
		for _, m := range ms {
			if m.i > first && m.i <= first+4 && !has(q.ents, m.ent) {
				return m.ent
			}
		}
		rest := strings.ToLower(p.text[p.toks[first].end:min(len(p.text), p.toks[min(first+8, si.t1-1)].end)])
		for e, ent := range l.a.Entities {
			f := strings.Fields(strings.ToLower(ent.Role))
			if ent.Kind == Person && len(f) >= 2 && !has(q.ents, e) && strings.Contains(rest, f[0]+" "+f[1]) {
				return e
			}
		}
		return -1
	}
	verbish := func(i int) bool {
		for i < si.t1 && i != first && speakerAdverbs[strings.ToLower(p.toks[i].s)] && !auxiliaries[strings.ToLower(p.toks[i].s)] {
			i++ // "Flores still claimed"
		}
		if i >= si.t1 {
			return false
		}
		if i == first {
			return true
		}
		w := strings.ToLower(p.toks[i].s)
		return auxiliaries[w] || speechVerbs[w] || strings.HasSuffix(w, "ed") && len(w) > 4
	}
	for ti := first - 1; ti >= si.t0; ti-- {
		if e := mentionAt(ms, ti); e >= 0 {
			m := ms[sort.Search(len(ms), func(k int) bool { return ms[k].j > ti })]
			if verbish(m.j) && !has(q.ents, e) {
				return e
			}
			ti = m.i
			continue
		}
		w := strings.ToLower(p.toks[ti].s)
		if isTitleToken(w) && !honorifics[tokKey(w)] {
			// "a spokeswoman for Sessions has denied": the role's holder.
			if e := l.roleHolder([]string{fold(stem(tokKey(w)))}, inSentence(ms, si.s)); e >= 0 && !has(q.ents, e) {
				return e
			}
		}
		if _, ok := pronounGender[w]; ok && (verbish(ti+1) || w == "his" || w == "her") {
			if e := resolvePronoun(l.ix.d, l.a.Entities, si.k, ti); e >= 0 && !has(q.ents, e) {
				return e
			}
			return -1
		}
	}
	return -1
}

// quotes answers "what did X say": X's quotations, verbatim, best matching
// first when the question narrows them.
func (l *Lookup) quotes(q *query) (Answer, bool) {
	var qs []Quote
	speaker := ""
	sp := l.speakerOf(q)
	switch {
	case sp >= 0:
		speaker = l.a.Entities[sp].Name
	case sp == -2:
		return Answer{}, false // someone the article does not name speaks
	}
	for _, x := range l.a.Quotes {
		if speaker == "" || x.Speaker == speaker {
			qs = append(qs, x)
		}
	}
	if len(qs) == 0 {
		if speaker != "" {
			return Answer{}, false
		}
		return Answer{}, false
	}
	// Narrow by the question's other terms when some quotations match them.
	type rated struct {
		q Quote
		s float64
	}
	var rs []rated
	anyMatch := false
	for _, x := range qs {
		s := 0.0
		ctx := l.ix.quoteTerms[x.Text]
		for _, t := range q.terms {
			if !t.generic && ctx[t.t] {
				s += l.ix.idf[t.t]
			}
		}
		if s > 0 {
			anyMatch = true
		}
		rs = append(rs, rated{x, s})
	}
	if speaker == "" && l.substantive(q) > 0 && q.wh == "who" {
		return Answer{}, false // "who said the ambassadors …": find the sentence
	}
	if anyMatch && speaker == "" {
		var kept []rated
		for _, r := range rs {
			if r.s > 0 {
				kept = append(kept, r)
			}
		}
		rs = kept
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].s > rs[b].s })
	var b strings.Builder
	var cites []Citation
	for i, r := range rs {
		if i == 4 {
			break
		}
		if i > 0 {
			b.WriteString(" ")
		}
		who := r.q.Speaker
		if who == "" {
			who = "The article"
		}
		n := r.q.Citations[0].Paragraph
		fmt.Fprintf(&b, "%s (¶%d): \"%s\"", who, n, strings.TrimRight(r.q.Text, " "))
		cites = append(cites, r.q.Citations...)
	}
	return Answer{Text: b.String(), Found: true, Citations: cites}, true
}

// speakerOf finds whom a quotation question asks about: the subject
// between the auxiliary and the verb ("what did Sessions' spokeswoman
// say"), which may be a role ("the Russian ambassador"). It returns -1 for
// no subject and -2 for a subject that is no person in the article.
func (l *Lookup) speakerOf(q *query) int {
	v, aux := -1, -1
	for i, w := range q.words {
		if quoteWords[w] {
			v = i
			break
		}
		if auxiliaries[w] {
			aux = i
		}
	}
	if v < 0 || aux < 0 || aux+1 >= v {
		for _, e := range q.ents {
			if l.a.Entities[e].Kind == Person {
				return e
			}
		}
		return -1
	}
	span := q.words[aux+1 : v]
	if len(span) == 1 && backPronouns[span[0]] {
		for _, e := range q.ents {
			if l.a.Entities[e].Kind == Person {
				return e
			}
		}
	}
	toks := tokenize(strings.Join(span, " "))
	ms := l.ix.aliases.match(toks, false)
	var titles []string
	for _, w := range span {
		if isTitleToken(w) {
			titles = append(titles, fold(stem(tokKey(w))))
		}
	}
	if len(titles) > 0 {
		if e := l.roleHolder(titles, ms); e >= 0 {
			return e
		}
	}
	for _, m := range ms {
		if l.a.Entities[m.ent].Kind != Person {
			continue
		}
		// "the Trump administration member": a name modifying another
		// noun is not the speaker.
		if m.j < len(toks) && !stopwords[tokKey(toks[m.j].s)] {
			return -2
		}
		return m.ent
	}
	return -2
}

// roleHolder returns the person whose role holds every title word and,
// when possessors are named ("Sessions' spokeswoman"), names one of them;
// -1 when none does.
func (l *Lookup) roleHolder(titles []string, possessors []mention) int {
	for i, e := range l.a.Entities {
		if e.Kind != Person || e.Role == "" {
			continue
		}
		rt := l.ix.roleTerms[i]
		ok := true
		for _, t := range titles {
			if !rt[t] {
				ok = false
			}
		}
		for _, m := range possessors {
			named := false
			for _, n := range append([]string{l.a.Entities[m.ent].Name}, l.a.Entities[m.ent].Aliases...) {
				if strings.Contains(e.Role, bare(n)) {
					named = true
				}
			}
			if !named {
				ok = false
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// eventsAt answers "what happened in December": the events the question's
// month or relative time selects.
func (l *Lookup) eventsAt(q *query) (Answer, bool) {
	var picked []Event
	for _, e := range l.a.Events {
		if e.Undated {
			continue
		}
		w := strings.ToLower(e.When)
		ok := false
		for _, m := range q.months {
			for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
				if monthNames[f] == m {
					ok = true
				}
			}
			if len(e.Date) >= 7 && e.Date[5:7] == fmt.Sprintf("%02d", m) {
				ok = true
			}
		}
		for _, r := range q.rels {
			if strings.Contains(w, r) {
				ok = true
			}
		}
		if ok {
			picked = append(picked, e)
		}
	}
	if len(picked) == 0 {
		return Answer{}, false
	}
	if l.substantive(q) > 0 || len(q.ents) > 0 {
		// Narrow to the events about the question's subject, if any are.
		var narrowed []Event
		for _, e := range picked {
			if l.eventScore(e, q) > 0 {
				narrowed = append(narrowed, e)
			}
		}
		if len(narrowed) > 0 {
			picked = narrowed
		}
	}
	return l.eventAnswer(picked), true
}

// eventAnswer lists events, each with its time as written and its clause.
func (l *Lookup) eventAnswer(evs []Event) Answer {
	var b strings.Builder
	var cites []Citation
	for i, e := range evs {
		if i > 0 {
			b.WriteString(" ")
		}
		when := upperFirst(e.When)
		if e.Date != "" {
			when += " (" + e.Date + ")"
		}
		fmt.Fprintf(&b, "%s: %s (¶%d).", when, e.Text, e.Citations[0].Paragraph)
		for _, c := range e.Citations {
			if !containsCitation(cites, c) {
				cites = append(cites, c)
			}
		}
	}
	return Answer{Text: b.String(), Found: true, Citations: cites}
}

// containsCitation reports whether cs holds c.
func containsCitation(cs []Citation, c Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// eventScore rates an event for a question by its sentence.
func (l *Lookup) eventScore(e Event, q *query) float64 {
	c := e.Citations[0]
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if si.n != c.Paragraph || si.text != c.Text {
			continue
		}
		s, m := l.score(si, q)
		if l.substantive(q) > 0 && m == 0 {
			return 0
		}
		// The event's own clause counts most: the sentence may date one
		// thing and mention another ("came under attack in recent days
		// after it was revealed that he had met …"). An undated occasion
		// is about itself: naming it names the event.
		s *= 0.5
		ct := l.ix.eventTerms[e.Text]
		for k, t := range q.terms {
			if t.generic || !ct[t.t] || dupTerm(q.terms[:k], t.t) {
				continue
			}
			s += l.ix.idf[t.t]
			if e.Undated {
				s++
			}
		}
		for _, qe := range q.ents {
			if has(l.ix.eventEnts[e.Text], qe) {
				s += 1 + l.ix.entIDF[qe]
			}
		}
		return s
	}
	return 0
}

// when answers "when did …": the best-matching dated event.
func (l *Lookup) when(q *query) Answer {
	best, bs := -1, 0.0
	for i, e := range l.a.Events {
		if s := l.eventScore(e, q); s > bs {
			best, bs = i, s
		}
	}
	if best < 0 {
		return l.notSaid(q, "it gives no date for that")
	}
	e := l.a.Events[best]
	if e.Undated {
		a := l.notSaid(q, "it gives no date for that")
		a.Text = "The article doesn't say when: it gives no date for that. It mentions: " + e.Text + "."
		a.Citations = e.Citations
		return a
	}
	return l.eventAnswer([]Event{e})
}

// byRole answers "who is the spokeswoman for Sessions": the person whose
// role holds the question's title words.
func (l *Lookup) byRole(q *query) (Answer, bool) {
	// Only "who is the …" (or "what is the name of the …") asks for a
	// role holder; "who met …" does not.
	be := false
	for i, w := range q.words {
		if w == q.wh && i+1 < len(q.words) {
			switch q.words[i+1] {
			case "is", "was", "are", "were", "s", "'s":
				be = q.wh != "what" || slices.Contains(q.words, "name")
			}
		}
	}
	if q.wh == "" {
		be = true // "Sessions' spokeswoman?"
	}
	var titles []string
	for _, t := range q.terms {
		if titleWords[t.t] || titleWords[strings.ToLower(t.word)] {
			titles = append(titles, t.t)
		}
	}
	if len(titles) == 0 || !be {
		return Answer{}, false
	}
	best, bs := -1, 0.0
	for i, e := range l.a.Entities {
		if e.Kind != Person || e.Role == "" || has(q.ents, i) {
			continue
		}
		rt := l.ix.roleTerms[i]
		ok := true
		for _, t := range q.terms {
			if !t.generic && !rt[t.t] {
				ok = false // every word of the question's role must be in it
			}
		}
		if !ok {
			continue
		}
		s := 1.0
		for _, t := range q.terms {
			if rt[t.t] {
				s += l.ix.idf[t.t]
			}
		}
		for _, qe := range q.ents {
			for _, n := range append([]string{l.a.Entities[qe].Name}, l.a.Entities[qe].Aliases...) {
				if strings.Contains(e.Role, bare(n)) {
					s += 2
					break
				}
			}
		}
		if s > bs {
			best, bs = i, s
		}
	}
	if best < 0 {
		return Answer{}, false
	}
	return l.describe(best, false), true
}

// describe answers "who is X" (and a bare name): X's role, with the
// sentence that gives it; for a bare name also the dated events X takes
// part in.
func (l *Lookup) describe(e int, full bool) Answer {
	ent := l.a.Entities[e]
	var b strings.Builder
	var cites []Citation
	if ent.Role != "" {
		b.WriteString(l.roleSentence(e))
		if c, ok := l.roleCitation(e); ok {
			cites = append(cites, c...)
			fmt.Fprintf(&b, " (¶%d)", c[0].Paragraph)
		}
		b.WriteString(".")
	} else {
		for i := range l.ix.sents {
			si := &l.ix.sents[i]
			if has(si.ents, e) {
				fmt.Fprintf(&b, "%s appears in %s. %s (¶%d)", ent.Name, paraList(ent.Paragraphs), si.text, si.n)
				cites = append(cites, cite(si.n, si.text))
				break
			}
		}
	}
	if ent.Kind == Person {
		n := 0
		for _, ev := range l.a.Events {
			if ev.Undated || !l.eventNames(ev, e) {
				continue
			}
			if n == 0 && !full && ent.Role != "" {
				break
			}
			fmt.Fprintf(&b, " %s: %s (¶%d).", upperFirst(ev.When), ev.Text, ev.Citations[0].Paragraph)
			for _, c := range ev.Citations {
				if !containsCitation(cites, c) {
					cites = append(cites, c)
				}
			}
			n++
			if n == 2 {
				break
			}
		}
		if qs := l.a.QuotesBy(ent.Name); len(qs) > 0 {
			var ps []int
			for _, x := range qs {
				ps = append(ps, x.Citations[0].Paragraph)
			}
			fmt.Fprintf(&b, " The article quotes %s %s (%s).", surnameOf(ent.Name), times(len(qs)), paraList(ps))
		}
	}
	if b.Len() == 0 {
		return Answer{Text: "The article names " + ent.Name + " but doesn't say more.", Found: false}
	}
	return Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}
}

// eventNames reports whether an event's clause names entity e.
func (l *Lookup) eventNames(ev Event, e int) bool {
	return has(l.ix.eventEnts[ev.Text], e)
}

// roleSentence states an entity's role: "Sergey Kislyak is the Russian
// ambassador to the U.S." A role that names a body by its common noun
// ("the committee's chairman") gets the body's name added.
func (l *Lookup) roleSentence(e int) string {
	ent := l.a.Entities[e]
	role := ent.Role
	lr := strings.ToLower(role)
	first := strings.Fields(lr)[0]
	switch first {
	case "the", "a", "an", "his", "her", "their", "its":
		role = first + role[len(first):] // "The council's …" mid-sentence
	}
	var s string
	if w, ok := honorificWords[tokKey(role)]; ok && !strings.Contains(role, " ") {
		return ent.Name + " is a " + w + " (" + role + ")"
	}
	switch {
	case strings.HasPrefix(lr, "then-"):
		s = ent.Name + " was then " + role[len("then-"):]
	case first == "the" || first == "a" || first == "an" || first == "his" || first == "her" || first == "their" || possessive(role):
		s = ent.Name + " is " + role
	default:
		s = ent.Name + " is the " + role
	}
	// "the committee" → the Armed Services Committee, named nearby.
	for _, w := range strings.Fields(lr) {
		w = strings.TrimSuffix(bare(w), ".")
		if !orgHeads[w] {
			continue
		}
		for i, o := range l.a.Entities {
			if i == e || o.Kind != Organisation {
				continue
			}
			f := strings.Fields(strings.ToLower(o.Name))
			if f[len(f)-1] == w && len(o.Paragraphs) > 0 && len(ent.Paragraphs) > 0 && o.Paragraphs[0] <= ent.Paragraphs[0] {
				s += " (the " + o.Name + ")"
				return s
			}
		}
	}
	return s
}

// roleCitation cites the sentence that gives an entity's role, and the one
// naming the entity when they differ.
func (l *Lookup) roleCitation(e int) ([]Citation, bool) {
	ent := l.a.Entities[e]
	var withRole *sentInfo
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if !strings.Contains(si.text, ent.Role) {
			continue
		}
		if has(si.ents, e) {
			return []Citation{cite(si.n, si.text)}, true
		}
		if withRole == nil {
			withRole = si
		}
	}
	var out []Citation
	if withRole != nil {
		out = append(out, cite(withRole.n, withRole.text))
	}
	// The sentence naming the entity with the role's title word.
	f := strings.Fields(ent.Role)
	head := strings.ToLower(f[len(f)-1])
	if len(f) > 1 && strings.Contains(ent.Role, " to ") {
		head = strings.ToLower(f[1])
	}
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if has(si.ents, e) && strings.Contains(strings.ToLower(si.text), head) {
			out = append(out, cite(si.n, si.text))
			break
		}
	}
	return out, len(out) > 0
}

// where answers with the best sentence that names a place (or "in/at"
// a capitalised name); the article doesn't say where otherwise.
func (l *Lookup) where(q *query) Answer {
	placed := func(si *sentInfo) bool { // "in Moscow", "at the White House"
		p := &l.ix.d.paras[si.k]
		for ti := si.t0; ti+1 < si.t1; ti++ {
			w := strings.ToLower(p.toks[ti].s)
			if w != "in" && w != "at" {
				continue
			}
			n := ti + 1
			if strings.ToLower(p.toks[n].s) == "the" && n+1 < si.t1 {
				n++
			}
			if isCapitalised(p.toks[n].s) && monthNames[tokKey(p.toks[n].s)] == 0 {
				return true
			}
		}
		return false
	}
	idx, _, mt := l.ranked(q, placed)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return l.notSaid(q, "it doesn't say where")
	}
	si := &l.ix.sents[idx[0]]
	return Answer{Text: fmt.Sprintf("%s (¶%d)", si.text, si.n), Found: true, Citations: []Citation{cite(si.n, si.text)}}
}

// howMany answers with the number in the best sentence that has one.
func (l *Lookup) howMany(q *query) (Answer, bool) {
	p0 := &l.ix.d.paras
	frequency := func(si *sentInfo) bool { // "twice", "25 times"
		for _, ni := range si.numbers {
			toks := (*p0)[si.k].toks
			w := strings.ToLower(toks[ni].s)
			if w == "once" || w == "twice" || w == "thrice" || ni+1 < len(toks) && strings.ToLower(toks[ni+1].s) == "times" {
				return true
			}
		}
		return false
	}
	keep := func(si *sentInfo) bool { return len(si.numbers) > 0 }
	for _, w := range q.words {
		if w == "times" || w == "often" {
			if idx, _, _ := l.ranked(q, frequency); len(idx) > 0 {
				keep = frequency
			}
		}
	}
	idx, _, mt := l.ranked(q, keep)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return Answer{}, false
	}
	si := &l.ix.sents[idx[0]]
	p := &l.ix.d.paras[si.k]
	// The number nearest a question term.
	want := map[string]bool{}
	for _, t := range q.terms {
		want[t.t] = true
	}
	best, dist := si.numbers[0], 1<<30
	for _, ni := range si.numbers {
		for ti := si.t0; ti < si.t1; ti++ {
			for _, x := range terms(p.toks[ti].s, nil) {
				if want[x] {
					d := ti - ni
					if d < 0 {
						d = -d
					}
					if d < dist {
						best, dist = ni, d
					}
				}
			}
		}
	}
	// The number must count what the question counts: a noun just after
	// "how many" must follow it closely ("25 conversations").
	counted := map[string]bool{}
	for i, w := range q.words {
		if w == "many" && i > 0 && q.words[i-1] == "how" {
			for _, x := range q.words[i+1 : min(i+3, len(q.words))] {
				for _, t := range terms(x, nil) {
					if t != "time" {
						counted[t] = true
					}
				}
			}
		}
	}
	if len(counted) > 0 {
		ok := false
		for ti := best + 1; ti < min(best+6, si.t1); ti++ {
			for _, x := range terms(p.toks[ti].s, nil) {
				ok = ok || counted[x]
			}
		}
		if !ok {
			return Answer{}, false
		}
	}
	phrase := p.toks[best].s
	if best+1 < len(p.toks) && spaceOnly(p.gap(best+1)) {
		phrase += " " + p.toks[best+1].s
	}
	text := fmt.Sprintf("%s. %s (¶%d)", upperFirst(phrase), si.text, si.n)
	return Answer{Text: text, Found: true, Citations: []Citation{cite(si.n, si.text)}}, true
}

// causes mark the reason in a sentence, with whether the reason follows
// the marker (after X) or precedes it (X led to).
var causes = []struct {
	marker string
	after  bool
}{
	{" because of ", true}, {" because ", true}, {" after ", true}, {" due to ", true},
	{" as a result of ", true}, {" since ", true}, {" in response to ", true},
	{" led to ", false}, {" caused ", false}, {" prompted ", false}, {" resulted in ", false},
}

// why answers with the reason the best sentence gives, then the sentence.
func (l *Lookup) why(q *query) (Answer, bool) {
	idx, _, mt := l.ranked(q, nil)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return Answer{}, false
	}
	si := &l.ix.sents[idx[0]]
	text := strings.TrimRight(si.text, ".")
	reason := ""
	for _, c := range causes {
		i := strings.Index(text, c.marker)
		if i < 0 {
			continue
		}
		if c.after {
			reason = "Because " + strings.TrimPrefix(c.marker[1:], "because ") + text[i+len(c.marker):]
			reason = strings.Replace(reason, "Because after ", "Because ", 1)
			reason = strings.Replace(reason, "Because since ", "Because ", 1)
		} else {
			cause := text[:i]
			if start := strings.LastIndex(cause, ", "); start >= 0 {
				cause = cause[start+2:]
			}
			reason = "Because of " + lowerFirst(cause)
		}
		break
	}
	var out string
	if reason != "" {
		out = fmt.Sprintf("%s. %s (¶%d)", reason, si.text, si.n)
	} else {
		out = fmt.Sprintf("%s (¶%d)", si.text, si.n)
	}
	return Answer{Text: out, Found: true, Citations: []Citation{cite(si.n, si.text)}}, true
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// lowerFirst lowers the first letter of s when its first word is a
// function word ("The", "A"), which a sentence's start capitalised.
func lowerFirst(s string) string {
	f := strings.Fields(s)
	if len(f) > 0 && stopwords[strings.ToLower(f[0])] {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// paraList writes paragraph numbers as "¶1, ¶2".
func paraList(ps []int) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "¶%d", p)
	}
	return b.String()
}

// times spells a small count: once, twice, 3 times.
func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// surnameOf returns the last word of a name.
func surnameOf(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// possessive reports whether a phrase has a possessive word ("Hillary
// Clinton's campaign manager"), which makes "the" before it wrong.
func possessive(s string) bool {
	for _, w := range strings.Fields(s) {
		if bare(w) != w {
			return true
		}
	}
	return false
}
