package lookup

import "testing"

// TestPossessorAgeNotRelatives: "how old is X's mother" is not answered
// with the age set beside X's own name; the relative's own age answers,
// and X's age still answers "how old is X".
func TestPossessorAgeNotRelatives(t *testing.T) {
	e := engineOf(t, `Teen finds war letters in attic

SALINA, Kan. (AP) — A box of letters from World War II turned up in a Salina attic this month.

Nora Velde, 16, said her grandmother kept the letters in a hatbox for decades. The letters were written by her great-uncle.
`)
	checkRefusals(t, e, "how old is nora's grandmother")
	checkAnswers(t, e, []answerCase{
		{"how old is nora", []string{"16"}, nil},
	})
	aged := engineOf(t, `Teen finds war letters in attic

SALINA, Kan. (AP) — A box of letters from World War II turned up in a Salina attic this month.

Nora Velde, 16, said her 81-year-old grandmother kept the letters in a hatbox for decades.
`)
	checkAnswers(t, aged, []answerCase{
		{"how old is nora's grandmother", []string{"81."}, []string{"16."}},
	})
}
