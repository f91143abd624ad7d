package lookup

import "testing"

// clinicHiring is a short article written for these tests, in no
// question set: counts of people beside the thing asked, and no pay.
const clinicHiring = `Bayview clinic to hire 40 nurses

BAYVIEW, Calif. (AP) — Bayview Community Clinic will press ahead with a plan to train 40 more nurses by 2027, its director said Monday.

The clinic treated 18,500 patients last year.
`

// clinicPay is clinicHiring with the nurses' pay given.
const clinicPay = clinicHiring + `
Each new nurse will make $42 an hour, the director said.
`

func TestEarningsAskedIsASum(t *testing.T) {
	// "how much do nurses make": a sum of money, which the article does
	// not give; a count of nurses is no answer
	checkWantOrRefused(t, engineOf(t, clinicHiring), []wantCase{
		{"how much do nurses make", ""},
	})
	checkWantOrRefused(t, engineOf(t, clinicPay), []wantCase{
		{"how much do nurses make", "$42"},
	})
}

func TestEarningsAskedReadsThePronounObject(t *testing.T) {
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how much do nurses make", true},
		{"how much does she make a year", true},
		{"how much food did they make", false}, // "much" quantifies a noun
		{"how much did they make the payment", false},
		{"how much did they spend", false},
	} {
		q := &query{raw: tt.q, toks: tokenize(tt.q)}
		if got := earningsAsked(q); got != tt.want {
			t.Errorf("earningsAsked(%q) = %v, want %v", tt.q, got, tt.want)
		}
	}
}
