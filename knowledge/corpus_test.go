package knowledge_test

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"

	"storybot/internal/fakeopenai"
	"storybot/knowledge"
	"storybot/llm"
)

// corpusReply is one line of testdata/replies.jsonl: a model's reply to a
// question about the default article, marked faithful or not.
type corpusReply struct {
	ID       string `json:"id"`
	Question string `json:"question"`
	Reply    string `json:"reply"`
	Faithful bool   `json:"faithful"`
	Kind     string `json:"kind"`
}

func loadCorpus(t testing.TB) []corpusReply {
	t.Helper()
	f, err := os.Open("testdata/replies.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []corpusReply
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r corpusReply
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatalf("replies.jsonl: %v", err)
		}
		if r.ID != "" {
			out = append(out, r)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// TestReplyCorpus sends every reply of the corpus through the real
// go-openai client from the loopback server, as one JSON completion and as
// a stream, and requires every unfaithful reply rejected and at least 95%
// of faithful ones accepted. Run with -v for the table.
func TestReplyCorpus(t *testing.T) {
	corpus := loadCorpus(t)
	if len(corpus) < 60 {
		t.Fatalf("the corpus has %d replies, want at least 60", len(corpus))
	}
	for _, streamed := range []bool{false, true} {
		name := map[bool]string{false: "json", true: "stream"}[streamed]
		t.Run(name, func(t *testing.T) {
			m, srv, _ := setup(t, nil, llm.Config{BreakerFailures: 1000})
			var faithful, accepted, unfaithful, rejected int
			var misses []string
			byKind := map[string][2]int{} // kind → replies, rejected
			var kinds []string
			for _, r := range corpus {
				srv.Script(fakeopenai.Reply{Text: r.Reply, Chunks: chunksOf(r.Reply)})
				q := knowledge.Question{Text: r.Question}
				var partials []string
				if streamed {
					q.Progress = func(s string) { partials = append(partials, s) }
				}
				ans, err := m.Answer(context.Background(), q)
				if err != nil {
					t.Fatalf("%s: %v", r.ID, err)
				}
				ok := ans.Mode == knowledge.ModeModel
				if !ok && !strings.HasPrefix(ans.FallbackReason, "verification: ") {
					t.Fatalf("%s: fell back for %q, not verification", r.ID, ans.FallbackReason)
				}
				if ok {
					for _, p := range partials {
						if !strings.HasPrefix(ans.Text, p) {
							t.Errorf("%s: partial %q is not a prefix of the answer %q", r.ID, p, ans.Text)
						}
					}
				}
				switch {
				case r.Faithful && ok:
					faithful++
					accepted++
				case r.Faithful:
					faithful++
					misses = append(misses, fmt.Sprintf("faithful %-22s rejected: %s", r.ID, ans.FallbackReason))
				case !ok:
					unfaithful++
					rejected++
					if _, seen := byKind[r.Kind]; !seen {
						kinds = append(kinds, r.Kind)
					}
					byKind[r.Kind] = [2]int{byKind[r.Kind][0] + 1, byKind[r.Kind][1] + 1}
					t.Logf("  rejected %-26s %-28s %s", r.ID, r.Kind, strings.TrimPrefix(ans.FallbackReason, "verification: "))
				default:
					unfaithful++
					if _, seen := byKind[r.Kind]; !seen {
						kinds = append(kinds, r.Kind)
					}
					byKind[r.Kind] = [2]int{byKind[r.Kind][0] + 1, byKind[r.Kind][1]}
					misses = append(misses, fmt.Sprintf("unfaithful %-20s (%s) accepted: %q", r.ID, r.Kind, ans.Text))
				}
			}
			t.Logf("%-7s | faithful accepted %d/%d (%.0f%%) | unfaithful rejected %d/%d", name,
				accepted, faithful, 100*float64(accepted)/float64(faithful), rejected, unfaithful)
			for _, k := range kinds {
				t.Logf("  %-28s rejected %d/%d", k, byKind[k][1], byKind[k][0])
			}
			for _, m := range misses {
				t.Log("  miss: " + m)
			}
			if rejected != unfaithful {
				t.Errorf("%d unfaithful replies accepted", unfaithful-rejected)
			}
			if float64(accepted) < 0.95*float64(faithful) {
				t.Errorf("only %d of %d faithful replies accepted, want at least 95%%", accepted, faithful)
			}
		})
	}
}

// chunksOf splits a reply the way a model streams it: a few characters at
// a time, so that citations and quotation marks arrive in pieces.
func chunksOf(s string) []string {
	var out []string
	rs := []rune(s)
	for i := 0; i < len(rs); i += 3 {
		out = append(out, string(rs[i:min(i+3, len(rs))]))
	}
	return out
}
