package lookup

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestReorderedArticlesRead reads every article of the question sets with
// its paragraphs reversed, and each body paragraph alone under the title,
// and answers a few questions of each kind on them. Readers meet
// paragraphs out of their usual order (a wire update moves them; a
// reporter loads an excerpt), and every rule that looks back a sentence
// or a paragraph, or forward to a name, must hold at the edges: a panic
// reading an article that opened a paragraph with "Board" was found this
// way. Nothing is asserted of the answers but that they are given.
func TestReorderedArticlesRead(t *testing.T) {
	if testing.Short() {
		t.Skip("reads every article many times")
	}
	var files []string
	err := filepath.WalkDir("../testdata", func(p string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".txt") {
			files = append(files, p)
		}
		return err
	})
	if err != nil || len(files) == 0 {
		t.Fatalf("no articles under ../testdata: %v", err)
	}
	lex := testLexicon(t)
	questions := []string{"who said what", "when did it happen", "how many people", "where was it", "why", "did they win?"}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		parts := strings.Split(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n\n")
		variants := []string{strings.Join(append(parts[:1:1], reversed(parts[1:])...), "\n\n")}
		for _, p := range parts[1:] {
			variants = append(variants, parts[0]+"\n\n"+p)
		}
		for _, v := range variants {
			a, err := knowledge.Parse(v, knowledge.Options{})
			if err != nil {
				continue // too little text to be an article is refused, not a failure
			}
			e := New(a, lex)
			for _, q := range questions {
				if ans := ask(t, e, knowledge.Question{Text: q}); ans.Text == "" {
					t.Errorf("%s: %q got no reply text", f, q)
				}
			}
		}
	}
}

// reversed is a copy of xs in reverse order.
func reversed(xs []string) []string {
	out := slices.Clone(xs)
	slices.Reverse(out)
	return out
}
