package knowledge

import (
	"strings"
	"testing"
)

// TestFirstSentence holds the port to score_qa.py's first_sentence: the
// wants are that function's outputs for the same inputs.
func TestFirstSentence(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sen. Howard Pell, D-Nev., is retiring. He served three terms.", "sen. howard pell, d-nev., is retiring."},
		{"J. Smith won. Yes", "j. smith won."},
		{"The vote was 6-3. The court ruled.", "the vote was 6-3."},
		{"Yes — the vote was 6-3 (¶2).\nMore here.", "yes - the vote was 6-3 (¶2)."},
		{"It closed in the U.S. Then it moved.", "it closed in the u.s. then it moved."},
		{"He lives in Reno, Nev. He is 51.", "he lives in reno, nev. he is 51."},
		{"Who? Calloway! She won.", "who?"},
		{"No period at all", "no period at all"},
		{"Ends with space.   ", "ends with space."},
		{"Born 1990. Then", "born 1990."},
		{"The cost was $4.2 billion. It rose.", "the cost was $4.2 billion."},
		{"She said “yes.” Then left.", `she said "yes." then left.`},
		{"Done. (see ¶3)", "done."},
		{"i.e. this. That", "i.e. this."},
		{"Trailing ellipsis... Next", "trailing ellipsis..."},
		{"A.B. Carter spoke. Later", "a.b."},
		{"*Bold* answer: _6-3_. Then", "bold answer: 6-3."},
		{"Mr.Smith. Then", "mr.smith."},
	}
	for _, tt := range tests {
		if got := firstSentence(tt.in); got != tt.want {
			t.Errorf("firstSentence(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHasWord holds the port to score_qa.py's has_word.
func TestHasWord(t *testing.T) {
	tests := []struct {
		text, phrase string
		want         bool
	}{
		{"the vote was 6-3 in favor", "6-3", true},
		{"costs 4.2 billion", "2 billion", true},
		{"calloway's win", "Calloway", true},
		{"recalloway", "calloway", false},
		{"a-b", "a", true},
		{"", "x", false},
		{"abc", "", false},
		{"brandt and pell", "Pell", true},
		{"pellegrino", "pell", false},
	}
	for _, tt := range tests {
		if got := hasWord(tt.text, tt.phrase); got != tt.want {
			t.Errorf("hasWord(%q, %q) = %v, want %v", tt.text, tt.phrase, got, tt.want)
		}
	}
}

// TestJudgeFirstAndNone checks the "first" and "none" fields of a case.
func TestJudgeFirstAndNone(t *testing.T) {
	article := evalNorm("The 6-3 decision reverses a 2024 ruling. Pell, 74, is retiring.")
	cite := []Citation{{ID: "P1", Paragraph: 1, Text: "The 6-3 decision reverses a 2024 ruling."}}
	tests := []struct {
		name string
		c    EvalCase
		text string
		want string // a prefix of the reason, "" to pass
	}{
		{"first holds", EvalCase{Kind: "fact", First: []string{"6-3"}}, "6-3. The decision reverses a ruling.", ""},
		{"first too late", EvalCase{Kind: "fact", First: []string{"6-3"}}, "The court ruled. It was 6-3.", "first sentence lacks"},
		{"first needs a whole word", EvalCase{Kind: "fact", First: []string{"6-3"}}, "It was 16-3. Yes", "first sentence lacks"},
		{"first past an abbreviation", EvalCase{Kind: "fact", First: []string{"74"}}, "Sen. Pell is 74. He retires.", ""},
		{"none absent", EvalCase{Kind: "fact", None: []string{"Brandt"}}, "Calloway won.", ""},
		{"none present", EvalCase{Kind: "fact", None: []string{"Brandt"}}, "Calloway beat Brandt.", "answer says"},
		{"none is a whole word", EvalCase{Kind: "fact", None: []string{"pell"}}, "Pellegrino said so.", ""},
		{"first before cite", EvalCase{Kind: "fact", First: []string{"yes"}, Cite: []string{"nowhere"}}, "No.", "first sentence lacks"},
	}
	for _, tt := range tests {
		got := judge(tt.c, Answer{Text: tt.text, Found: true, Citations: cite}, nil, article)
		if tt.want == "" && got != "" || tt.want != "" && !strings.HasPrefix(got, tt.want) {
			t.Errorf("%s: judge = %q, want %q", tt.name, got, tt.want)
		}
	}
}
