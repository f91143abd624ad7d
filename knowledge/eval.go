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
)

// EvalCase is one line of a question file in the format of
// shared/story/dev_qa.jsonl.
type EvalCase struct {
	Q    string     `json:"q"`    // the question
	Kind string     `json:"kind"` // fact, quote, timeline or refuse
	All  [][]string `json:"all"`  // the answer must hold one alternative of every group
	Cite []string   `json:"cite"` // one citation must hold one of these
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
// answer, one "cite" string in some citation, every citation verbatim in
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
	if c.Kind == "refuse" {
		if got.Found {
			return "should say the article does not cover this"
		}
	} else if !got.Found {
		return "said not found"
	} else {
		for _, group := range c.All {
			ok := false
			for _, alt := range group {
				if strings.Contains(ans, evalNorm(alt)) {
					ok = true
					break
				}
			}
			if !ok {
				return fmt.Sprintf("answer lacks %q", group)
			}
		}
		if len(c.Cite) > 0 {
			ok := false
			for _, want := range c.Cite {
				for _, t := range cites {
					if strings.Contains(t, evalNorm(want)) {
						ok = true
					}
				}
			}
			if !ok {
				return fmt.Sprintf("no citation holds %q", c.Cite)
			}
		}
	}
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
