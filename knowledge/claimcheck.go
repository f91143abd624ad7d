package knowledge

import (
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// This file checks a reply claim by claim against the paragraphs each claim
// cites: quotations verbatim in a cited paragraph and credited to the
// article's speaker, numbers, dates and names present there, loaded acts
// (an admission, a resignation) stated there. A claimChecker takes the
// claims in order, so that a streamed reply is checked once, as it grows.

// paraFacts is what the claim check needs of one paragraph, computed once.
type paraFacts struct {
	norm    string          // quoteNorm of the text
	lower   string          // lower-cased norm
	words   map[string]bool // lower-cased words
	numbers map[int]bool
	months  map[int]bool
	dates   map[[2]int]bool // month and day
	quotes  []Quote
	sents   []string    // quoteNorm of each sentence
	facts   []sentFacts // per sentence, for who a number or date is said of
}

// sentFacts is what one sentence of a paragraph holds: its words, numbers
// and dates, and whether a third-person pronoun stands in it.
type sentFacts struct {
	lower   string
	words   map[string]bool
	stems   map[string]bool
	numbers map[int]bool
	months  map[int]bool
	dates   map[[2]int]bool
	pronoun bool
}

// newSentFacts reads one sentence of a paragraph.
func newSentFacts(s string) sentFacts {
	toks := claimTokens(s)
	f := sentFacts{lower: strings.ToLower(quoteNorm(s)), words: map[string]bool{}, stems: map[string]bool{}, numbers: claimNumbers(toks)}
	f.months, f.dates = claimDates(toks)
	for _, t := range toks {
		f.words[t.lower] = true
		f.stems[stem(t.lower)] = true
		f.pronoun = f.pronoun || thirdPersonPronouns[t.lower]
	}
	return f
}

// thirdPersonPronouns are the singular third-person pronouns: a sentence with one
// may speak of a person it does not name.
var thirdPersonPronouns = toSet("he", "him", "his", "himself", "she", "her", "hers", "herself")

// dashSpacing matches a dash with whatever spacing is around it: "a - b",
// "a—b" and "a -- b" all compare alike.
var dashSpacing = regexp.MustCompile(`\s*-+\s*`)

// quoteNorm prepares text for a quotation comparison: normVerbatim, then one
// form for dashes however spaced.
func quoteNorm(s string) string { return dashSpacing.ReplaceAllString(normVerbatim(s), "-") }

// newParaFacts reads paragraph p, with the article's quotations that
// stand in it.
func newParaFacts(p Paragraph, quotes []Quote) paraFacts {
	f := paraFacts{norm: quoteNorm(p.Text), words: map[string]bool{}}
	f.lower = strings.ToLower(f.norm)
	for _, w := range words(p.Text) {
		f.words[w] = true
	}
	toks := claimTokens(p.Text)
	f.numbers = claimNumbers(toks)
	f.months, f.dates = claimDates(toks)
	for _, q := range quotes {
		for _, c := range q.Citations {
			if c.Paragraph == p.N {
				f.quotes = append(f.quotes, q)
				break
			}
		}
	}
	sents := p.Sentences
	if len(sents) == 0 {
		sents = []string{p.Text}
	}
	for _, s := range sents {
		f.sents = append(f.sents, quoteNorm(s))
		f.facts = append(f.facts, newSentFacts(s))
	}
	return f
}

// ctoken is one word of a claim, with its place in the claim's text.
type ctoken struct {
	w, lower   string
	start, end int
	possessive bool // followed by 's or a lone apostrophe
}

// claimTokens splits s into words (letters and digits; an apostrophe
// inside a word, as in didn't, stays), noting possessives.
func claimTokens(s string) []ctoken {
	var out []ctoken
	isW := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isW(r) {
			i += n
			continue
		}
		j := i
		for j < len(s) {
			r, n := utf8.DecodeRuneInString(s[j:])
			if isW(r) {
				j += n
				continue
			}
			if r == '\'' || r == '\u2019' {
				r2, n2 := utf8.DecodeRuneInString(s[j+n:])
				if r2 == 't' || r2 == 'T' {
					j += n + n2
					continue
				}
			}
			break
		}
		t := ctoken{w: s[i:j], start: i, end: j}
		t.lower = strings.ToLower(t.w)
		if r, n := utf8.DecodeRuneInString(s[j:]); r == '\'' || r == '\u2019' {
			r2, n2 := utf8.DecodeRuneInString(s[j+n:])
			switch {
			case (r2 == 's' || r2 == 'S') && !isW(firstRuneOf(s[j+n+n2:])):
				t.possessive = true
				j += n + n2
			case !isW(r2):
				t.possessive = strings.HasSuffix(t.lower, "s")
			}
		}
		out = append(out, t)
		i = j
	}
	return out
}

// firstRuneOf returns the first rune of s, or a space when s is empty.
func firstRuneOf(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	if s == "" {
		return ' '
	}
	return r
}

// claimNumbers returns the numbers toks write, in digits or words
// ("twenty-five" is 25).
func claimNumbers(toks []ctoken) map[int]bool {
	out := map[int]bool{}
	for i := 0; i < len(toks); i++ {
		if n, ok := claimNumberAt(toks, i); ok {
			if n >= 20 && n < 100 && n%10 == 0 && i+1 < len(toks) {
				if u, ok := claimNumberWords[toks[i+1].lower]; ok && u < 10 && u > 0 {
					n += u
					i++
				}
			}
			out[n] = true
		}
	}
	return out
}

// claimNumberAt reads toks[i] as a number.
func claimNumberAt(toks []ctoken, i int) (int, bool) {
	t := toks[i].lower
	if n, ok := claimNumberWords[t]; ok {
		return n, true
	}
	d := strings.TrimRight(t, "stndrh") // 29th, 1st, 2nd, 3rd
	if d == "" || strings.Trim(d, "0123456789") != "" {
		return 0, false
	}
	n, err := strconv.Atoi(d)
	return n, err == nil
}

// claimDates returns the months toks name (capitalised: "may" is mostly a
// verb) and the month–day pairs ("Dec. 29", "29 December").
func claimDates(toks []ctoken) (months map[int]bool, dates map[[2]int]bool) {
	months, dates = map[int]bool{}, map[[2]int]bool{}
	for i, t := range toks {
		m, ok := claimMonths[t.lower]
		if !ok || !unicode.IsUpper(firstRuneOf(t.w)) {
			continue
		}
		months[m] = true
		if i+1 < len(toks) {
			if d, ok := claimNumberAt(toks, i+1); ok && d >= 1 && d <= 31 {
				dates[[2]int{m, d}] = true
			}
		}
		if i > 0 {
			if d, ok := claimNumberAt(toks, i-1); ok && d >= 1 && d <= 31 {
				dates[[2]int{m, d}] = true
			}
		}
	}
	return months, dates
}

// claimChecker checks the claims of one reply in order. It holds the
// state that runs across claims: the people named so far (for pronouns)
// and the paragraphs cited.
type claimChecker struct {
	v        *verifier
	question map[string]bool // the question's words
	// questionActs are the loaded acts and places the question names: a
	// not-found reply may echo them.
	questionActs map[string]bool
	n            int     // claims checked so far
	named        [][]int // per claim so far, the people it names (not in a possessive)
	owners       [][]int // per claim so far, the people it names in a possessive
	listCite     []int   // citations of a cited lead-in ending in ":", inherited by its list items
	cited        []int
	seen         map[int]bool
	found        bool // a cited claim passed
	notFound     bool // a claim says the article does not cover something
}

// newClaimChecker starts checking a reply to question.
func (v *verifier) newClaimChecker(question string) *claimChecker {
	q := map[string]bool{}
	for _, w := range words(question) {
		q[w] = true
		q[stem(w)] = true
	}
	acts := map[string]bool{}
	for _, t := range claimTokens(question) {
		if a := loadedAct(t.lower); a != "" {
			acts[a] = true
		}
		if placeNouns[t.lower] {
			acts[stem(t.lower)] = true
		}
	}
	qt := claimTokens(question)
	// The people the question names come first: a reply to "What did
	// Flores say?" may begin "She said …".
	return &claimChecker{v: v, question: q, questionActs: acts, seen: map[int]bool{},
		named: [][]int{v.namedIn(qt)}, owners: [][]int{v.ownersIn(qt)}}
}

// add checks one claim's raw text; it returns "" when the claim passes and
// otherwise the reason, naming the claim and the rule.
func (c *claimChecker) add(raw string) string {
	text := plainClaim(raw)
	if strings.Trim(stripCitations(text), " \t\r\n.,;:!?-*•#>()[]") == "" && !citeGroup.MatchString(text) {
		return ""
	}
	c.n++
	if c.heading(raw) {
		return ""
	}
	if r := c.check(raw, text); r != "" {
		return "claim " + strconv.Itoa(c.n) + ": " + r
	}
	return ""
}

// Bounds on one claim: a sentence of a real answer is far shorter, and the
// checks cost more than linear time in the number of quotations.
const (
	maxClaimBytes  = 2000
	maxClaimQuotes = 30
)

// check applies the rules to one claim: raw as written, text without its
// markdown. It returns "" or the reason.
func (c *claimChecker) check(raw, text string) string {
	if len(text) > maxClaimBytes {
		return "too long to check (over " + strconv.Itoa(maxClaimBytes) + " bytes in one sentence)"
	}
	cites, missing := c.citations(text)
	if missing >= 0 {
		return "cites ¶" + strconv.Itoa(missing) + ", which the article lacks"
	}
	cites = c.listCitations(raw, text, cites)
	bare := strings.TrimSpace(paragraphWord.ReplaceAllString(stripCitations(text), "paragraph"))
	if r := c.form(raw, text, bare); r != "" {
		return r
	}
	toks := claimTokens(bare)
	defer c.remember(toks)
	part, lacks := c.factualPart(bare)
	if lacks {
		if r := c.presumes(toks); r != "" {
			return r
		}
		// What the article lacks needs no citation; what the sentence goes
		// on to state ("…, but notes that he spoke twice [P2]") is checked.
		c.notFound = true
		if strings.Trim(part, " .,;:!?-") == "" {
			c.cite(cites)
			return ""
		}
		bare, toks = part, claimTokens(part)
	}
	if len(cites) == 0 {
		return c.uncited(bare, toks)
	}
	if r := c.supported(bare, toks, cites); r != "" {
		return r
	}
	c.cite(cites)
	c.found = true
	return ""
}

// listCitations gives an uncited list item the citations of the cited
// lead-in ("… these countries [P6]:") it belongs to, and notes a claim
// ending in ":" as such a lead-in.
func (c *claimChecker) listCitations(raw, text string, cites []int) []int {
	item := listItem(raw)
	if len(cites) == 0 && item {
		cites = c.listCite
	} else if !item {
		c.listCite = nil
	}
	if lead := strings.TrimRight(stripCitations(text), " .*_"); strings.HasSuffix(lead, ":") {
		c.listCite = cites
	}
	return cites
}

// form checks what a claim must not be, whatever it cites: a malformed
// citation, a Slack mention, a link the article lacks, instructions, a
// call to action, or wording planted in the article.
func (c *claimChecker) form(raw, text, bare string) string {
	if m := citeLeftover.FindString(citeGroup.ReplaceAllString(text, "")); m != "" {
		return "malformed citation " + strconv.Quote(clipRunes(m, 20))
	}
	if m := slackControl.FindString(raw); m != "" {
		return "Slack mention " + strconv.Quote(m)
	}
	for _, u := range link.FindAllString(raw, -1) {
		if !c.v.verbatim(strings.TrimRight(u, ".,;:!?)")) {
			return "link not in the article " + strconv.Quote(clipRunes(u, 60))
		}
	}
	if instructionLike(bare) {
		return "reads like instructions to a model"
	}
	if m := callToAction().FindString(normVerbatim(bare)); m != "" {
		return "call to action " + strconv.Quote(clipRunes(m, 40))
	}
	return c.v.repeatsInjection(bare)
}

// uncited accepts a claim without citations only when it states nothing:
// a lead-in ending in ":" or framing.
func (c *claimChecker) uncited(bare string, toks []ctoken) string {
	if strings.HasSuffix(strings.TrimRight(bare, " *_"), ":") && len(quoteSpansOf(bare)) == 0 && len(claimNumbers(toks)) == 0 {
		return "" // a lead-in to what follows
	}
	if c.framing(bare, toks) {
		return ""
	}
	return "no citation for " + strconv.Quote(clipRunes(bare, 60))
}

// lackContrast marks where a sentence that says what the article lacks goes on
// to state something ("… doesn't say, but he …", "…, only that …").
var lackContrast = regexp.MustCompile(`(?i)\b(?:but|however|although|though|yet|only|except|other than|apart from|beyond|instead)\b|;`)

// presumes checks what a not-found sentence takes for granted: "doesn't
// say when Sessions recused himself" asserts a recusal. A loaded act or a
// place after when, why, where or how must be in the article, or in the
// question the sentence echoes.
func (c *claimChecker) presumes(toks []ctoken) string {
	wh := false
	for _, t := range toks {
		if presupposing[t.lower] {
			wh = true
			continue
		}
		if !wh {
			continue
		}
		act := loadedAct(t.lower)
		if placeNouns[t.lower] {
			act = stem(t.lower)
		}
		if act == "" || c.questionActs[act] {
			continue
		}
		if !c.v.articleHas(act) {
			return "takes for granted " + strconv.Quote(t.w) + ", which the article does not say"
		}
	}
	return ""
}

// presupposing words make what follows them a given: "why he lied".
var presupposing = toSet("when", "why", "where", "how")

// articleHas reports whether some paragraph has a word stating act.
func (v *verifier) articleHas(act string) bool {
	for _, f := range v.facts {
		for w := range f.words {
			if sameAct(act, w) || stem(w) == act {
				return true
			}
		}
	}
	return false
}

// lackPrefix reports whether pre, the words before a not-found wording,
// only frame it ("Unfortunately, the article …") or name what is lacking
// ("The length of the meetings is not stated"), rather than state
// something first ("Sessions met him in Moscow, but the article …").
func (c *claimChecker) lackPrefix(pre string) bool {
	toks := claimTokens(pre)
	if c.framing(pre, toks) {
		return true
	}
	if len(quoteSpansOf(pre)) > 0 || len(claimNumbers(toks)) > 0 || strings.ContainsAny(pre, ",;:") {
		return false
	}
	for _, t := range toks {
		if clauseJoiners[t.lower] {
			return false
		}
	}
	return true
}

// factualPart returns what a claim states as fact, and whether it says the
// article lacks something. A sentence that opens (after framing words such
// as "Unfortunately,") with a not-found wording states nothing until a
// contrast ("but", "only", ";") introduces more; a not-found wording after
// a statement ("Sessions met him in Moscow, but the article doesn't say
// when") leaves the whole sentence a statement.
func (c *claimChecker) factualPart(bare string) (part string, lacks bool) {
	s := normVerbatim(bare)
	for {
		loc := notFoundRe().FindStringIndex(s)
		if loc == nil || !c.lackPrefix(s[:loc[0]]) {
			if !lacks {
				return bare, false
			}
			return s, true
		}
		lacks = true
		rest := s[loc[1]:]
		k := lackContrast.FindStringIndex(rest)
		if k == nil {
			return "", true
		}
		s = rest[k[1]:]
	}
}

// citations returns the paragraphs text cites, and the first number that
// names no paragraph (-1 when all do).
func (c *claimChecker) citations(text string) (cites []int, missing int) {
	var ns []int
	for _, g := range citeGroup.FindAllString(text, -1) {
		ns = append(ns, citationNumbers(g)...)
	}
	for _, m := range paragraphWord.FindAllStringSubmatch(text, -1) {
		n, _ := strconv.Atoi(m[1])
		ns = append(ns, n)
	}
	in := map[int]bool{}
	for _, n := range ns {
		if _, ok := c.v.paras[n]; !ok {
			return nil, n
		}
		if !in[n] {
			in[n] = true
			cites = append(cites, n)
		}
	}
	return cites, -1
}

// cite notes paragraphs a passing claim cites, in order of first citation.
func (c *claimChecker) cite(ns []int) {
	for _, n := range ns {
		if !c.seen[n] {
			c.seen[n] = true
			c.cited = append(c.cited, n)
		}
	}
}

// remember notes the people a claim names, for later pronouns.
func (c *claimChecker) remember(toks []ctoken) {
	c.named = append(c.named, c.v.namedIn(toks))
	c.owners = append(c.owners, c.v.ownersIn(toks))
}

// resolvePronoun returns the person a he/she pronoun at toks[j] stands
// for: the antecedent among the people named so far, else among the
// owners ("Sessions' spokeswoman defended him. He said …"); -1 when none
// fits.
func (c *claimChecker) resolvePronoun(toks []ctoken, j int, g byte) int {
	groups := append(append([][]int(nil), c.named...), c.v.namedIn(toks[:j]))
	if e := c.v.antecedent(groups, g); e >= 0 {
		return e
	}
	owners := append(append([][]int(nil), c.owners...), c.v.ownersIn(toks[:j]))
	return c.v.antecedent(owners, g)
}

// namedIn returns the people toks name, in order: by name, not role, and
// not in a possessive ("Trump's campaign" names no actor), each name's
// words counted once.
func (v *verifier) namedIn(toks []ctoken) []int { return v.peopleIn(toks, false) }

// ownersIn returns the people toks name in a possessive, in order.
func (v *verifier) ownersIn(toks []ctoken) []int { return v.peopleIn(toks, true) }

// peopleIn returns the people toks name by name, in or out of a
// possessive as possessive says.
func (v *verifier) peopleIn(toks []ctoken, possessive bool) []int {
	var out []int
	for i, t := range toks {
		e, ok := v.nameTok[t.lower]
		if !ok || t.possessive != possessive {
			continue
		}
		if i+1 < len(toks) {
			if n, ok := v.nameTok[toks[i+1].lower]; ok && n == e {
				continue
			}
		}
		out = append(out, e)
	}
	return out
}

// heading reports whether a claim's raw text is a markdown heading ("###
// The defence") or a line in bold only ("**The defence**") that titles
// what follows and states nothing: no quotation, number or sentence
// punctuation, and only words of titles (headingWords), of talk about a
// text, of the question, or names from the article ("Flores's response").
// "### Sessions met Kislyak in Moscow" states something: it is a claim.
func (c *claimChecker) heading(raw string) bool {
	t := strings.TrimSpace(raw)
	bold := strings.HasPrefix(t, "**") && (strings.HasSuffix(t, "**") || strings.HasSuffix(t, "**:") || strings.HasSuffix(t, ":**")) && strings.Count(t, "**") == 2
	if !strings.HasPrefix(t, "#") && !bold || strings.ContainsAny(t, "\"\u201c\u201d[(¶.!?") {
		return false
	}
	toks := claimTokens(t)
	if len(toks) > 8 || len(claimNumbers(toks)) > 0 {
		return false
	}
	for _, tk := range toks {
		if !c.titleWord(tk.lower) {
			return false
		}
	}
	return true
}

// titleWord reports whether w may stand in a heading that states nothing.
func (c *claimChecker) titleWord(w string) bool {
	return headingWords[w] || framingWords[w] || stopWords[w] || c.question[w] || c.question[stem(w)] || len(c.v.entTok[w]) > 0
}

// listItem reports whether a claim's raw text is a list item.
func listItem(raw string) bool {
	t := strings.TrimLeft(raw, " \t\r\n")
	if strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") {
		return true
	}
	k := strings.IndexAny(t, ".)")
	return k > 0 && k <= 3 && strings.Trim(t[:k], "0123456789") == "" && len(t) > k+1 && t[k+1] == ' '
}

// framing reports whether an uncited sentence only introduces or restates
// the question: no quotation, number or date, and no word beyond the
// question's and the words of talk about a text.
func (c *claimChecker) framing(bare string, toks []ctoken) bool {
	if len(quoteSpansOf(bare)) > 0 || len(claimNumbers(toks)) > 0 {
		return false
	}
	for _, t := range toks {
		if framingWords[t.lower] || stopWords[t.lower] || c.question[t.lower] || c.question[stem(t.lower)] {
			continue
		}
		return false
	}
	return true
}

// supported checks a cited claim against its paragraphs.
func (c *claimChecker) supported(bare string, toks []ctoken, cites []int) string {
	facts := make([]*paraFacts, len(cites))
	for i, n := range cites {
		facts[i] = c.v.facts[n]
	}
	where := claimParaList(cites)
	spans := quoteSpansOf(bare)
	if len(spans) > maxClaimQuotes {
		return "too many quotations to check (" + strconv.Itoa(len(spans)) + ")"
	}
	for _, sp := range spans {
		if r := c.quotation(bare, toks, sp, facts, where); r != "" {
			return r
		}
	}
	outside := outsideSpans(toks, spans)
	if r := checkDates(outside, facts, where); r != "" {
		return r
	}
	if r := c.checkNames(outside, facts, where); r != "" {
		return r
	}
	if r := c.checkSubject(bare, outside, facts, where); r != "" {
		return r
	}
	return checkActs(outside, facts, where)
}

// checkSubject checks that the claim's numbers and dates are said of the
// right person: each must stand in one sentence of a cited paragraph with
// the subject of its clause (the first person the clause names, or the
// next or previous clause's when it names none), by name, role or a
// pronoun. "Sessions spoke with Kislyak on Dec. 29 [P8]" fails: ¶8 says
// it of Flynn.
func (c *claimChecker) checkSubject(bare string, toks []ctoken, facts []*paraFacts, where string) string {
	subj := c.clauseSubjects(bare, toks)
	for i := 0; i < len(toks); i++ {
		e := subj[i]
		if e < 0 {
			continue
		}
		name := c.v.a.Entities[e].Name
		if m, ok := claimMonths[toks[i].lower]; ok && unicode.IsUpper(firstRuneOf(toks[i].w)) {
			_, dates := claimDates(toks[max(0, i-1):min(len(toks), i+2)])
			d := [2]int{m, 0}
			for dd := range dates {
				d = dd
			}
			if !c.saidOf(facts, e, func(s *sentFacts) bool { return s.months[m] && (d[1] == 0 || s.dates[d]) }) {
				return "date " + strconv.Quote(dateText(toks, d)) + " is not said of " + name + " in " + where
			}
			continue
		}
		if n, ok := claimNumberAt(toks, i); ok {
			if !c.saidOf(facts, e, func(s *sentFacts) bool { return s.numbers[n] }) {
				return "number " + strconv.Quote(toks[i].w) + " is not said of " + name + " in " + where
			}
			continue
		}
		if r := c.wordSaidOf(toks[i], e, facts); r != "" {
			return strconv.Quote(toks[i].w) + " is not said of " + name + " in " + where
		}
	}
	return ""
}

// wordSaidOf checks a content word of a claim whose clause has subject
// e: when a cited sentence has the word (by stem), one such sentence must
// speak of e. A word the cited paragraphs lack is a paraphrase, not
// checked here. It returns "" or the word.
func (c *claimChecker) wordSaidOf(t ctoken, e int, facts []*paraFacts) string {
	w := t.lower
	if len(w) < 4 || stopWords[w] || framingWords[w] || attributionVerbs[w] || len(c.v.entTok[w]) > 0 || c.v.titleWords[w] {
		return ""
	}
	st := stem(w)
	if !anyParagraph(facts, func(f *paraFacts) bool {
		for i := range f.facts {
			if f.facts[i].stems[st] {
				return true
			}
		}
		return false
	}) {
		return ""
	}
	if c.saidOf(facts, e, func(s *sentFacts) bool { return s.stems[st] }) {
		return ""
	}
	return w
}

// clauseSubjects returns, per token, the person entity that is the
// subject of its clause, or -1. Clauses end at , ; : ( ) and at but,
// while, whereas, although, though.
func (c *claimChecker) clauseSubjects(bare string, toks []ctoken) []int {
	clause := make([]int, len(toks))
	var first []int // per clause, its first person named outside a possessive
	for i, t := range toks {
		k := 0
		if i > 0 {
			k = clause[i-1]
			if strings.ContainsAny(bare[toks[i-1].end:t.start], ",;:()") || clauseBreakWords[t.lower] {
				k++
			}
		}
		clause[i] = k
		for len(first) <= k {
			first = append(first, -1)
		}
		if e, ok := c.v.nameTok[t.lower]; ok && !t.possessive && first[k] < 0 {
			first[k] = e
		}
	}
	// A clause naming no one takes the next clause's subject, else the
	// previous one's ("In December, the CIA concluded …").
	for k := len(first) - 2; k >= 0; k-- {
		if first[k] < 0 {
			first[k] = first[k+1]
		}
	}
	for k := 1; k < len(first); k++ {
		if first[k] < 0 {
			first[k] = first[k-1]
		}
	}
	out := make([]int, len(toks))
	for i := range toks {
		out[i] = first[clause[i]]
	}
	return out
}

// clauseBreakWords open a new clause for clauseSubjects.
var clauseBreakWords = toSet("but", "while", "whereas", "although", "though")

// saidOf reports whether a sentence of the paragraphs holds what has
// reports and speaks of person e.
func (c *claimChecker) saidOf(facts []*paraFacts, e int, has func(*sentFacts) bool) bool {
	ent := c.v.a.Entities[e]
	for _, f := range facts {
		for i := range f.facts {
			s := &f.facts[i]
			if !has(s) {
				continue
			}
			if s.pronoun || ent.Role != "" && strings.Contains(s.lower, strings.ToLower(quoteNorm(ent.Role))) {
				return true
			}
			if h := c.v.roleHead[e]; h != "" && s.words[h] {
				return true // "the ambassador's conversations"
			}
			for _, w := range c.v.nameWords[e] {
				if s.words[w] {
					return true
				}
			}
		}
	}
	return false
}

// checkActs checks that every loaded act the claim states (admitted,
// resigned …), and every kind of place it names (an embassy, a hotel),
// stands in a cited paragraph.
func checkActs(toks []ctoken, facts []*paraFacts, where string) string {
	for _, t := range toks {
		act := loadedAct(t.lower)
		if placeNouns[t.lower] {
			act = stem(t.lower)
		}
		if act == "" {
			continue
		}
		ok := false
		for _, f := range facts {
			for w := range f.words {
				ok = ok || sameAct(act, w)
			}
		}
		if !ok {
			return strconv.Quote(t.w) + " not in " + where
		}
	}
	return ""
}

// sameAct reports whether the word w states the loaded act act
// ("admission" states "admit").
func sameAct(act, w string) bool {
	return strings.HasPrefix(w, act) || act == "admit" && strings.HasPrefix(w, "admission") || act == "admission" && strings.HasPrefix(w, "admit")
}

// loadedAct returns the loadedActs stem w starts with, or "".
func loadedAct(w string) string {
	for _, a := range loadedActs {
		if strings.HasPrefix(w, a) {
			if a == "lie" && !(w == "lie" || w == "lies" || w == "lied") {
				continue
			}
			return a
		}
	}
	return ""
}

// claimParaList renders paragraph numbers for a reason: "¶6" or "¶4, ¶5".
func claimParaList(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = "¶" + strconv.Itoa(n)
	}
	return strings.Join(parts, ", ")
}

// outsideSpans returns the tokens outside the quotation spans.
func outsideSpans(toks []ctoken, spans []qspan) []ctoken {
	var out []ctoken
	for _, t := range toks {
		in := false
		for _, sp := range spans {
			if t.start >= sp.open && t.end <= sp.close+1 {
				in = true
			}
		}
		if !in {
			out = append(out, t)
		}
	}
	return out
}

// checkDates checks the claim's dates, then its other numbers.
func checkDates(toks []ctoken, facts []*paraFacts, where string) string {
	months, dates := claimDates(toks)
	for d := range dates {
		if !anyParagraph(facts, func(f *paraFacts) bool { return f.dates[d] }) {
			return "date " + strconv.Quote(dateText(toks, d)) + " not in " + where
		}
	}
	for m := range months {
		if !anyParagraph(facts, func(f *paraFacts) bool { return f.months[m] }) {
			return "date " + strconv.Quote(dateText(toks, [2]int{m, 0})) + " not in " + where
		}
	}
	return checkNumbers(toks, facts, where)
}

// checkNumbers checks that every number the claim writes, in digits or
// words, is in a cited paragraph.
func checkNumbers(toks []ctoken, facts []*paraFacts, where string) string {
	for i := 0; i < len(toks); i++ {
		n, ok := claimNumberAt(toks, i)
		if !ok {
			continue
		}
		w := toks[i].w
		if n >= 20 && n < 100 && n%10 == 0 && i+1 < len(toks) {
			if u, ok := claimNumberWords[toks[i+1].lower]; ok && u < 10 && u > 0 {
				n += u
				w += "-" + toks[i+1].w
				i++
			}
		}
		if !anyParagraph(facts, func(f *paraFacts) bool { return f.numbers[n] }) {
			return "number " + strconv.Quote(w) + " not in " + where
		}
	}
	return ""
}

// anyParagraph reports whether ok holds for one of the paragraphs.
func anyParagraph(facts []*paraFacts, ok func(*paraFacts) bool) bool {
	for _, f := range facts {
		if ok(f) {
			return true
		}
	}
	return false
}

// dateText finds how the claim wrote date d (month, day or 0), for a
// reason.
func dateText(toks []ctoken, d [2]int) string {
	for i, t := range toks {
		if claimMonths[t.lower] != d[0] {
			continue
		}
		if d[1] == 0 {
			return t.w
		}
		if i+1 < len(toks) {
			if n, ok := claimNumberAt(toks, i+1); ok && n == d[1] {
				return t.w + " " + toks[i+1].w
			}
		}
		if i > 0 {
			if n, ok := claimNumberAt(toks, i-1); ok && n == d[1] {
				return toks[i-1].w + " " + t.w
			}
		}
	}
	return ""
}

// checkNames checks that every person or other named thing the claim names
// is in a cited paragraph: an entity by any of its names or its role, any
// other capitalised word as written (or its stem: Russia, Russian).
func (c *claimChecker) checkNames(toks []ctoken, facts []*paraFacts, where string) string {
	for i, t := range toks {
		if len(t.w) < 2 || !unicode.IsUpper(firstRuneOf(t.w)) {
			continue
		}
		if _, ok := claimMonths[t.lower]; ok {
			continue
		}
		ents := c.v.entTok[t.lower]
		if len(ents) == 0 && (i == 0 || plainCapitals[t.lower] || c.v.titleWords[t.lower]) {
			continue
		}
		if !anyParagraph(facts, func(f *paraFacts) bool { return c.nameIn(f, t.lower, ents) }) {
			return "name " + strconv.Quote(t.w) + " not in " + where
		}
	}
	return ""
}

// nameIn reports whether paragraph f has the word w, or mentions one of
// the entities w may name, by any of its names or its role.
func (c *claimChecker) nameIn(f *paraFacts, w string, ents []int) bool {
	if paraHasWord(f, w) {
		return true
	}
	for _, e := range ents {
		ent := c.v.a.Entities[e]
		for _, n := range ent.Paragraphs {
			if c.v.facts[n] == f {
				return true
			}
		}
		if ent.Role != "" && strings.Contains(f.lower, strings.ToLower(quoteNorm(ent.Role))) {
			return true
		}
	}
	return false
}

// paraHasWord reports whether the paragraph has w, or a word one of whose
// forms is the other's stem (Russia, Russian; Democrat, Democrats).
func paraHasWord(f *paraFacts, w string) bool {
	if f.words[w] {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for pw := range f.words {
		if len(pw) >= 4 && (strings.HasPrefix(pw, w) || strings.HasPrefix(w, pw)) {
			return true
		}
	}
	return false
}

// callToAction matches text that tells the reader to do something, as
// distinct from reporting what someone did: an imperative of civic or
// commercial action at the start of a sentence, or a should/must
// addressed to the reader. Verbs from common calls to action (petitions,
// campaign mail, marketing copy).
// Compiled on first use: only a model's answers are checked with it.
var callToAction = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + strings.Join([]string{
		`^\W*(?:please\s+)?(?:call|contact|write to|email|e-mail|phone|share|sign|donate|vote|demand|urge|join|support|visit|click|subscribe|follow|boycott|protest|rise up|act now|make sure|don't forget|do not forget|remember to|be sure to|spread the word)\b`,
		`\b(?:everyone|anyone|everybody|readers?|you|we all|all of us|americans|voters|citizens|people)(?: \w+){0,3} (?:should|must|need to|ought to|have to|has to)\b`,
		`\b(?:call|contact|write to|email) (?:your|their|our) (?:senators?|representatives?|congress\w*|lawmakers?|officials?|mps?)\b`,
		`\b(?:act|share this|sign the petition|do something) (?:now|today)\b`,
	}, "|"))
})
