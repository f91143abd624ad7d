package knowledge

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"storybot/prompts"
)

// This file checks a model's answer against the article before anyone sees
// it, claim by claim (claims.go splits the reply, claimcheck.go and
// claimquote.go check each claim against the paragraphs it cites): every
// citation must name a real paragraph, every factual claim must cite one,
// and the answer must not read as instructions, call the reader to act, or
// repeat instruction-like text planted in the article.

// verbatimNorm maps the characters that vary between typings of the same
// words: curly quotes and primes to straight ones, dashes to a hyphen.
var verbatimNorm = strings.NewReplacer(
	"\u201c", `"`, "\u201d", `"`, "\u201e", `"`, "\u201f", `"`, "\u2033", `"`, "\u00ab", `"`, "\u00bb", `"`,
	"\u2018", "'", "\u2019", "'", "\u201a", "'", "\u201b", "'", "\u2032", "'",
	"\u2010", "-", "\u2011", "-", "\u2012", "-", "\u2013", "-", "\u2014", "-", "\u2015", "-", "\u2212", "-",
	"\u00a0", " ",
)

// verifier checks answers against one article. It is immutable.
type verifier struct {
	a        *Article
	paras    map[int]Paragraph
	injected []string        // normalised, lowercased instruction-like sentences
	onlyInj  map[string]bool // words and word pairs found in the article only inside instruction-like sentences
	suspect  []int           // paragraphs holding instruction-like sentences

	facts      map[int]*paraFacts // per paragraph, for the claim check
	entTok     map[string][]int   // lower-cased name and alias words → entities
	personTok  map[string]int     // words naming one person: name, alias, role head
	nameTok    map[string]int     // words naming one person: name or alias only
	nameWords  [][]string         // per entity: the lower-cased words of its names
	roleHead   []string           // per entity: its role's last word, when no one else's ("spokeswoman")
	titleWords map[string]bool    // words of the entities' roles and titles
	sex        []byte             // per entity: 'f', 'm' or 0, from its role
}

func newVerifier(a *Article) *verifier {
	v := &verifier{a: a, paras: make(map[int]Paragraph, len(a.Paragraphs)), onlyInj: map[string]bool{}}
	v.indexNames()
	v.facts = make(map[int]*paraFacts, len(a.Paragraphs))
	for _, p := range a.Paragraphs {
		f := newParaFacts(p, a.Quotes)
		v.facts[p.N] = &f
	}
	var sentences []string
	for _, s := range []string{a.Title, a.Caption} {
		if s != "" {
			sentences = append(sentences, splitAnswerSentences(s)...)
		}
	}
	for _, p := range a.Paragraphs {
		v.paras[p.N] = p
		ss := splitAnswerSentences(p.Text)
		for _, s := range ss {
			if instructionLike(s) {
				v.suspect = append(v.suspect, p.N)
				break
			}
		}
		sentences = append(sentences, ss...)
	}
	elsewhere := map[string]bool{}
	var injTokens []string
	for _, s := range sentences {
		ws := words(s)
		if instructionLike(s) {
			v.injected = append(v.injected, strings.Join(ws, " "))
			injTokens = append(injTokens, tokens(ws)...)
			continue
		}
		for _, t := range tokens(ws) {
			elsewhere[t] = true
		}
	}
	for _, t := range injTokens {
		if !elsewhere[t] && utf8.RuneCountInString(t) >= 3 {
			v.onlyInj[t] = true
		}
	}
	return v
}

// tokens returns ws's words and its adjacent pairs of content words.
func tokens(ws []string) []string {
	out := append([]string(nil), ws...)
	for i := 0; i+1 < len(ws); i++ {
		if !stopWords[ws[i]] && !stopWords[ws[i+1]] {
			out = append(out, ws[i]+" "+ws[i+1])
		}
	}
	return out
}

// verbatim reports whether s stands word for word in the article.
func (v *verifier) verbatim(s string) bool { return v.a.Contains(s) }

// verdict is the outcome of checking one answer.
type verdict struct {
	ok     bool
	reason string // why not ok, for FallbackReason and the log
	text   string // the answer as shown: [P#] markers rendered as (¶#)
	found  bool
	cited  []int // paragraphs cited, in order of first citation
}

// check verifies a model's raw answer to question, claim by claim. The
// first claim that fails decides the reason: "claim 2: number "30" not in
// ¶6". A reply whose only claims say the article does not cover the
// question becomes the canonical prompts.NotFound.
func (v *verifier) check(question, raw string) verdict {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return verdict{reason: "empty answer"}
	}
	c := v.newClaimChecker(question)
	var b strings.Builder
	for _, seg := range splitClaims(raw) {
		if r := c.add(seg); r != "" {
			return verdict{reason: r}
		}
		b.WriteString(renderSegment(v, seg))
	}
	return c.verdict(strings.TrimSpace(b.String()))
}

// verdict turns a checker that accepted every claim into the verdict for
// the text as rendered.
func (c *claimChecker) verdict(text string) verdict {
	if c.found {
		return verdict{ok: true, text: text, found: true, cited: c.cited}
	}
	if c.n == 0 {
		return verdict{reason: "empty answer"}
	}
	if c.notFound {
		// Canonical text: an uncited reply shows nothing of the model's own.
		return verdict{ok: true, text: prompts.NotFound}
	}
	return verdict{reason: "no claim cites a paragraph"}
}

// renderSegment renders the citations of one claim's raw text, keeping the
// white space before it.
func renderSegment(v *verifier, seg string) string {
	lead := seg[:len(seg)-len(strings.TrimLeftFunc(seg, unicode.IsSpace))]
	text, _, _ := v.renderCitations(seg)
	return lead + text
}

// repeatsInjection returns a reason when the answer repeats the wording of
// an instruction-like sentence in the article (a sign the model obeyed it),
// or "" when it does not.
func (v *verifier) repeatsInjection(raw string) string {
	if len(v.injected) == 0 {
		return ""
	}
	ws := words(raw)
	for _, t := range tokens(ws) {
		if v.onlyInj[t] {
			return "repeats an instruction-like passage of the article (" + strconv.Quote(t) + ")"
		}
	}
	const n = 4
	for i := 0; i+n <= len(ws); i++ {
		shingle := " " + strings.Join(ws[i:i+n], " ") + " "
		for _, s := range v.injected {
			if strings.Contains(" "+s+" ", shingle) {
				return "repeats an instruction-like passage of the article (" + strconv.Quote(strings.TrimSpace(shingle)) + ")"
			}
		}
	}
	return ""
}

var (
	// citeGroup matches one citation: [P3], [P3, P5], [P3-P5], (P3), [¶3],
	// or a bare ¶3 or P3.
	citeGroup = regexp.MustCompile(`[\[(]\s*(?:[Pp]|¶)\s*\d+(?:\s*(?:,|;|and|&|-|–)\s*(?:[Pp]|¶)?\s*\d+)*\s*[\])]|¶\s?\d+|\bP\d+\b`)
	// citeLeftover matches what looks like a citation but did not parse
	// as one ([P4a], [P 4 5]): a sign of a malformed or invented citation.
	citeLeftover = regexp.MustCompile(`[\[(]\s*(?:[Pp]|¶)\s*\d[^\])]*[\])]|¶|\bP\d`)
	// paragraphWord matches a citation in words: "paragraph 3".
	paragraphWord = regexp.MustCompile(`(?i)\bparagraphs? (\d+)`)
	citeNum       = regexp.MustCompile(`\d+`)
	citeRange     = regexp.MustCompile(`(\d+)\s*[-–]\s*(?:P|¶)?\s*(\d+)`)
	// ellipsis separates the fragments of an elided quotation.
	ellipsis = regexp.MustCompile(`\.\.\.|…|\[\s*\.\.\.\s*\]`)
	// slackControl matches Slack's special mentions and links: <!here>, <@U1>, <#C1>, <https://…|…>.
	slackControl = regexp.MustCompile(`<[!@#][^>]*>|<https?:[^>]*>`)
	link         = regexp.MustCompile(`(?i)\b(?:https?://|www\.)\S+|\]\([^)]*\)`)
)

// citationNumbers returns the paragraph numbers one citation group names.
func citationNumbers(group string) []int {
	var ns []int
	for _, r := range citeRange.FindAllStringSubmatch(group, -1) {
		a, _ := strconv.Atoi(r[1])
		b, _ := strconv.Atoi(r[2])
		if a <= b && b-a <= 20 {
			for n := a; n <= b; n++ {
				ns = append(ns, n)
			}
		}
		group = strings.Replace(group, r[0], "", 1)
	}
	for _, s := range citeNum.FindAllString(group, -1) {
		n, _ := strconv.Atoi(s)
		ns = append(ns, n)
	}
	return ns
}

// renderCitations turns runs of citation groups into "(¶3, ¶5)", dropping
// paragraphs the article lacks (a group left empty disappears with the
// space before it). It returns the rendered text, the valid paragraphs in
// order of first citation, and the invalid numbers dropped.
func (v *verifier) renderCitations(raw string) (text string, cited, dropped []int) {
	locs := citeGroup.FindAllStringIndex(raw, -1)
	seen := map[int]bool{}
	var b strings.Builder
	last := 0
	for i := 0; i < len(locs); {
		// Merge groups separated only by white space: [P3] [P5] or [P3][P5].
		j, end := i, locs[i][1]
		var ns []int
		for {
			ns = append(ns, citationNumbers(raw[locs[j][0]:locs[j][1]])...)
			if j+1 < len(locs) && strings.TrimSpace(raw[end:locs[j+1][0]]) == "" {
				j++
				end = locs[j][1]
				continue
			}
			break
		}
		sort.Ints(ns)
		var valid []string
		inGroup := map[int]bool{}
		for _, n := range ns {
			if _, ok := v.paras[n]; !ok {
				dropped = append(dropped, n)
				continue
			}
			if !inGroup[n] {
				inGroup[n] = true
				valid = append(valid, "¶"+strconv.Itoa(n))
			}
			if !seen[n] {
				seen[n] = true
				cited = append(cited, n)
			}
		}
		before := raw[last:locs[i][0]]
		if len(valid) == 0 {
			before = strings.TrimRightFunc(before, unicode.IsSpace)
		}
		b.WriteString(before)
		if len(valid) > 0 {
			b.WriteString("(" + strings.Join(valid, ", ") + ")")
		}
		last = end
		i = j + 1
	}
	b.WriteString(raw[last:])
	return strings.TrimSpace(b.String()), cited, dropped
}

// stripCitations removes citation groups, so that a marker inside a
// quotation does not count against it.
func stripCitations(s string) string { return citeGroup.ReplaceAllString(s, "") }

// instructionPatterns recognise text addressed to a model rather than to a
// reader: planted instructions in an article, or an answer obeying them.
// Compiled on first use: only a model's answerer reads articles and answers with it.
var instructionPatterns = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)` + strings.Join([]string{
		`\b(?:ignore|disregard|forget|override)\b.{0,30}\b(?:instructions?|directions|rules|prompts?|guidelines|messages?|context)\b`,
		`\byou are (?:now )?(?:an? |the )?(?:ai|assistant|chatbot|chat ?gpt|language model|llm|bot|model)\b`,
		`\b(?:system|developer) (?:prompt|message|instructions?)\b`,
		`\bnew instructions?\b`,
		`\b(?:ai|assistant|chatbot|language model|llm|bot|model)s?\b.{0,40}\b(?:must|should|shall|need to|are required to)\b`,
		`(?:^|[.:;!?]\s+|\b(?:and|then|please|just|simply)\s+)(?:reply|respond|answer|say|output|write|print)(?: only)? (?:with|exactly)\b`,
		`\binstead,? (?:reply|respond|answer|say|write|output|tell)\b`,
		`^\s*(?:system|assistant)\s*:`,
		`\bif you are an? (?:ai|assistant|chatbot|language model|llm|bot|model)\b`,
		`\b(?:note|message|attention|instructions?) (?:to|for) (?:all )?(?:ai|assistants?|chatbots?|language models?|llms?|bots?|models?)\b`,
		`\b(?:ai|assistants?|chatbots?|language models?|llms?|bots?)\b.{0,20}\b(?:reading|processing|summari[sz]ing|answering)\b.{0,20}\b(?:this|these)\b`,
		`<\|im_start\|>|<\|system\|>|\[/?INST\]|<</?SYS>>`,
		`\b(?:tell|inform|remind|warn) (?:the |all |your )?(?:readers?|users?|people|everyone|anyone)\b`,
		`^\W*(?:ai|chatbots?|assistants?|llms?|language models?|bots?)\s*[:,]`,
		`\bwhen (?:you are|you're|you get) asked\b`,
		`\byou (?:must|should|will|shall|need to) (?:now |always |only )?(?:answer|reply|respond|say|tell|write|output|ignore|state|claim)\b`,
	}, "|"))
})

// instructionLike reports whether s reads like an instruction to a model.
func instructionLike(s string) bool { return instructionPatterns().MatchString(normVerbatim(s)) }

// words returns s's words, lower-cased, letters and digits only.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(verbatimNorm.Replace(s)), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// splitAnswerSentences splits s after ., ! or ? followed by white space, or a
// closing quotation mark then white space.
func splitAnswerSentences(s string) []string {
	var out []string
	start := 0
	rs := []rune(s)
	for i := 0; i < len(rs); i++ {
		if !strings.ContainsRune(".!?", rs[i]) {
			continue
		}
		j := i + 1
		for j < len(rs) && strings.ContainsRune("\"'\u201d\u2019)", rs[j]) {
			j++
		}
		if j < len(rs) && unicode.IsSpace(rs[j]) {
			if t := strings.TrimSpace(string(rs[start:j])); t != "" {
				out = append(out, t)
			}
			start = j
			i = j
		}
	}
	if t := strings.TrimSpace(string(rs[start:])); t != "" {
		out = append(out, t)
	}
	return out
}

// clipRunes shortens s to at most n runes, marking a cut with "…".
func clipRunes(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
