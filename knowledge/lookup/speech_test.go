package lookup

import (
	"testing"
)

// cannery is a short article written for these tests, in no question set:
// a union president introduced by a long appositive who reports the
// union's plan, an office's spokesman, an expert's opinion given as what he
// "called" something, a worker's plan in reported speech and a shop owner
// tied to his shop by a "whose" clause.
const cannery = `Harbor cannery to close after 80 years

ASTORIA, Ore. (AP) — Bayview Seafoods will close its Astoria cannery in June, the company said Tuesday, ending 80 years of fish processing on the waterfront.

Marta Quillen, president of Cannery Workers Local 9, which represents about 300 workers at the plant, said the union would ask the company for a year of severance pay. "They told us the plant was safe," Quillen said. "It wasn't."

Owen Tate, a spokesman for the county economic development office, said the office was looking for a buyer for the building.

Dr. Lewis Ambrose, who studies fisheries at Oregon State University, called the closure "sad but not surprising." "The salmon runs have been shrinking for a decade," he said.

Dana Ruiz, who has packed tuna at the plant for 22 years, said she planned to "take my grandkids fishing for once."

"No cannery, no customers," said Hal Brenner, 58, whose family has run Brenner Hardware on Marine Drive since 1961.
`

func TestSpeakersDescribedAndImplied(t *testing.T) {
	e := engineOf(t, cannery)
	tests := []answerCase{
		// a speaker called by the organisation they report for
		{"what did the union guy say about the plant", []string{"It wasn't"}, nil},
		// an office answered by its spokesman's reported speech
		{"what did the development office say", []string{"looking for a buyer"}, nil},
		// an opinion noun after a possessive asks for what he said
		{"ambrose's take?", []string{"sad but not surprising"}, nil},
		{"what's ambrose's view", []string{"sad but not surprising"}, nil},
		// a plan asked in the progressive: her stated intention
		{"what's ruiz doing after this", []string{"grandkids fishing"}, nil},
		// one tied to a shop by a "whose" clause speaks for it
		{"what's the hardware store guy's take", []string{"No cannery, no customers"}, nil},
	}
	checkAnswers(t, e, tests)
}

func TestQuotationAlone(t *testing.T) {
	tests := []struct {
		in, want string // want "" when the sentence says more than the quotation
	}{
		{`"They told us the plant was safe," Quillen said.`, `"They told us the plant was safe."`},
		{`"Is it over?" said Marta Quillen.`, `"Is it over?"`},
		{`"No cannery, no customers," said Hal Brenner, 58, whose family has run Brenner Hardware.`, ""},
		{`She said she planned to "take my grandkids fishing for once."`, ""},
	}
	for _, tt := range tests {
		got, ok := quotationAlone(tt.in)
		if ok != (tt.want != "") || got != tt.want {
			t.Errorf("quotationAlone(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
}
