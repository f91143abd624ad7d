package knowledge

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// EvalCase is one line of a question file in the format of
// shared/story/dev_qa.jsonl.
type EvalCase struct {
	Q    string     `json:"q"`    // the question
	Kind string     `json:"kind"` // fact, quote, timeline or refuse
	All  [][]string `json:"all"`  // the answer must hold one alternative of every group
	Cite []string   `json:"cite"` // one citation must hold one of these
	// First, when given, needs one alternative as a whole word in the
	// answer's first sentence: the direct answer comes first.
	First []string `json:"first,omitempty"`
	// None, when given, lists wrong answers: none may appear as a whole
	// word anywhere in the answer.
	None []string `json:"none,omitempty"`
}

// EvalResult is the outcome of one case.
type EvalResult struct {
	Case   EvalCase `json:"case"`
	Passed bool     `json:"passed"`
	Why    string   `json:"why,omitempty"` // why it failed
	Answer Answer   `json:"answer"`
	// Elapsed is how long the answerer took.
	Elapsed time.Duration `json:"elapsed_ns"`
}

// ReadEvalCases reads a question file: one JSON object per line, blank
// lines ignored. It fails on the first malformed line, naming it.
func ReadEvalCases(r io.Reader) ([]EvalCase, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading questions: %w", err)
	}
	var out []EvalCase
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var c EvalCase
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		if c.Q == "" || c.Kind == "" {
			return nil, fmt.Errorf("line %d: a case needs \"q\" and \"kind\"", i+1)
		}
		out = append(out, c)
	}
	return out, nil
}

var (
	markupRe = regexp.MustCompile("[*_~`]")
	spaceRe  = regexp.MustCompile(`\s+`)
	quotedRe = regexp.MustCompile(`"([^"]+)"`)
)

// evalNorm is score_qa.py's norm: curly quotes straightened, dashes made
// hyphens, Slack marks dropped, white space collapsed, lower case.
func evalNorm(s string) string {
	s = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'", "\u2014", "-", "\u2013", "-").Replace(s)
	s = markupRe.ReplaceAllString(s, "")
	return strings.ToLower(strings.TrimSpace(spaceRe.ReplaceAllString(s, " ")))
}

// Evaluate runs each case through ans and judges it by the rules of
// shared/story/score_qa.py: a "refuse" case passes when found is false;
// any other needs found, one alternative of every "all" group in the
// answer, one "first" alternative as a whole word in its first sentence
// (when given), no "none" phrase as a whole word in it, one "cite" string
// in some citation, every citation verbatim in
// articleText, and every quoted span of five or more words in the answer
// verbatim too. Matching ignores case, Slack marks, curly quotes and runs of
// white space. An answerer error fails the case.
func Evaluate(ctx context.Context, ans Answerer, articleText string, cases []EvalCase) []EvalResult {
	article := evalNorm(articleText)
	out := make([]EvalResult, 0, len(cases))
	for _, c := range cases {
		r := EvalResult{Case: c}
		start := time.Now()
		got, err := ans.Answer(ctx, Question{Text: c.Q})
		r.Elapsed = time.Since(start)
		r.Answer = got
		r.Why = judge(c, got, err, article)
		r.Passed = r.Why == ""
		out = append(out, r)
	}
	return out
}

// judge returns why an answer fails a case, or "".
func judge(c EvalCase, got Answer, err error, article string) string {
	if err != nil {
		if errors.Is(err, context.Canceled) {
			return "cancelled"
		}
		return "no answer (" + err.Error() + ")"
	}
	ans := evalNorm(got.Text)
	var cites []string
	for _, ct := range got.Citations {
		cites = append(cites, evalNorm(ct.Text))
	}
	if why := judgeContent(c, got, ans, cites); why != "" {
		return why
	}
	return judgeVerbatim(ans, cites, article)
}

// judgeContent checks what the answer says against the case: found or
// refused, every "all" group, "first", "none" and "cite", in score_qa.py's
// order.
func judgeContent(c EvalCase, got Answer, ans string, cites []string) string {
	switch {
	case c.Kind == "refuse" && got.Found:
		return "should say the article does not cover this"
	case c.Kind == "refuse":
		return ""
	case !got.Found:
		return "said not found"
	}
	for _, group := range c.All {
		if !anyAlt(group, func(alt string) bool { return strings.Contains(ans, evalNorm(alt)) }) {
			return fmt.Sprintf("answer lacks %q", group)
		}
	}
	if len(c.First) > 0 {
		head := firstSentence(got.Text)
		if !anyAlt(c.First, func(alt string) bool { return hasWord(head, alt) }) {
			return fmt.Sprintf("first sentence lacks %q", c.First)
		}
	}
	for _, bad := range c.None {
		if hasWord(ans, bad) {
			return fmt.Sprintf("answer says %q", bad)
		}
	}
	inCite := func(want string) bool {
		return anyAlt(cites, func(t string) bool { return strings.Contains(t, evalNorm(want)) })
	}
	if len(c.Cite) > 0 && !anyAlt(c.Cite, inCite) {
		return fmt.Sprintf("no citation holds %q", c.Cite)
	}
	return ""
}

// judgeVerbatim checks that every citation, and every quoted span of five
// or more words in the answer, stands verbatim in the article.
func judgeVerbatim(ans string, cites []string, article string) string {
	for _, t := range cites {
		if !strings.Contains(article, t) {
			return fmt.Sprintf("citation not verbatim: %q", clip(t, 60))
		}
	}
	for _, m := range quotedRe.FindAllStringSubmatch(ans, -1) {
		span := m[1]
		if len(strings.Fields(span)) >= 5 && !strings.Contains(article, strings.Trim(span, " .,")) {
			return fmt.Sprintf("quote not verbatim: %q", clip(span, 60))
		}
	}
	return ""
}

// anyAlt reports whether ok holds for one of alts.
func anyAlt(alts []string, ok func(string) bool) bool {
	for _, a := range alts {
		if ok(a) {
			return true
		}
	}
	return false
}

// clip shortens s to n bytes at most, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// utf8RuneStart reports whether b starts a UTF-8 sequence.
func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

// GoldQuote is one line of a quotation file in the layout of the corpus
// (art-X_quotes.jsonl): who said it and the exact quoted words.
type GoldQuote struct {
	Speaker string `json:"speaker"`
	Text    string `json:"text"`
}

// QuoteResult is how one gold quotation fared: the speaker the article's
// extraction gives the quotation holding its words ("" when none holds
// them or none was found), and whether that speaker is the right one.
type QuoteResult struct {
	Gold  GoldQuote `json:"gold"`
	Got   string    `json:"got"`
	Right bool      `json:"right"`
}

// ReadGoldQuotes reads a quotation file: one JSON object per line, blank
// lines ignored. It fails on the first malformed line, naming it.
func ReadGoldQuotes(r io.Reader) ([]GoldQuote, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("reading quotations: %w", err)
	}
	var out []GoldQuote
	for i, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var g GoldQuote
		if err := json.Unmarshal([]byte(line), &g); err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		if g.Speaker == "" || g.Text == "" {
			return nil, fmt.Errorf("line %d: a quotation needs \"speaker\" and \"text\"", i+1)
		}
		out = append(out, g)
	}
	return out, nil
}

// ScoreQuotes judges the article's extracted quotations against gold ones.
// A gold quotation is right when some extracted quotation's text holds its
// words (ignoring case, curly quotes, dashes and runs of white space) and
// names as speaker the gold speaker or, when the article knows the gold
// speaker as an entity, that entity's name or one of its aliases. The
// speaker must be named: an empty one is never right.
func ScoreQuotes(a *Article, gold []GoldQuote) []QuoteResult {
	out := make([]QuoteResult, 0, len(gold))
	for _, g := range gold {
		r := QuoteResult{Gold: g}
		want := map[string]bool{aliasKey(g.Speaker): true}
		if e, ok := a.Entity(g.Speaker); ok {
			want[aliasKey(e.Name)] = true
			for _, al := range e.Aliases {
				want[aliasKey(al)] = true
			}
		}
		text := evalNorm(g.Text)
		for _, q := range a.Quotes {
			if !strings.Contains(evalNorm(q.Text), text) {
				continue
			}
			if r.Got == "" || !r.Right {
				r.Got = q.Speaker
				r.Right = q.Speaker != "" && want[aliasKey(q.Speaker)]
			}
		}
		out = append(out, r)
	}
	return out
}

// sentenceAbbrevs are the words after which a period does not end a
// sentence: score_qa.py's ABBREV list, which must stay identical to it.
var sentenceAbbrevs = toSet("mr", "mrs", "ms", "dr", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "st", "jr", "sr", "inc", "corp",
	"co", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "u.s", "u.n",
	"u.k", "d.c", "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
	"la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d",
	"okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "ave", "blvd",
	"ft", "mt", "prof", "rev", "capt", "cmdr", "adm", "maj", "cpl", "pvt", "supt", "det", "insp", "e.g", "i.e", "etc")

// firstSentence is score_qa.py's first_sentence: the answer up to the end
// of its first sentence or line, normalised. A . ! or ? ends a sentence
// when white space and a capital, quotation mark or parenthesis follow, or
// only white space does; a period does not after an abbreviation or a
// single initial.
func firstSentence(answer string) string {
	text, _, _ := strings.Cut(answer, "\n")
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' || !endsSentence(text, i+1) {
			continue
		}
		if c == '.' {
			w := strings.ToLower(strings.TrimRight(trailingWord(text[:i]), "."))
			if sentenceAbbrevs[w] || len(w) == 1 {
				continue
			}
		}
		return evalNorm(text[:i+1])
	}
	return evalNorm(text)
}

// endsSentence reports whether the text from byte j on is what score_qa.py
// accepts after a sentence's final mark: only white space, or white space
// then a capital A-Z, a straight or opening curly quotation mark, or "(".
func endsSentence(text string, j int) bool {
	rest := strings.TrimLeftFunc(text[j:], unicode.IsSpace)
	if rest == "" {
		return true
	}
	if len(rest) == len(text[j:]) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= 'A' && r <= 'Z' || r == '"' || r == '\u201c' || r == '('
}

// trailingWord returns the run of ASCII letters and periods ending s.
func trailingWord(s string) string {
	i := len(s)
	for i > 0 && (s[i-1] >= 'a' && s[i-1] <= 'z' || s[i-1] >= 'A' && s[i-1] <= 'Z' || s[i-1] == '.') {
		i--
	}
	return s[i:]
}

// hasWord is score_qa.py's has_word: whether phrase, normalised, occurs in
// the normalised text with no ASCII letter or digit on either side.
func hasWord(text, phrase string) bool {
	needle := evalNorm(phrase)
	for i := 0; i+len(needle) <= len(text); i++ {
		if !strings.HasPrefix(text[i:], needle) {
			continue
		}
		if (i == 0 || !isASCIIAlnum(text[i-1])) && (i+len(needle) == len(text) || !isASCIIAlnum(text[i+len(needle)])) {
			return true
		}
	}
	return false
}

// isASCIIAlnum reports whether b is a lower-case ASCII letter or a digit,
// the class [a-z0-9] of score_qa.py's has_word.
func isASCIIAlnum(b byte) bool { return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' }
