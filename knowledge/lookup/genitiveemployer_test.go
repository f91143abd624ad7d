package lookup

import "testing"

// A short story naming one person's employer in the genitive before her
// title, and another's client in the genitive before his.
const genitiveEmployerStory = `Warehouse roof gives way under snow

ROCHESTER, N.Y. (AP) — The roof of a warehouse collapsed under heavy snow Tuesday, injuring two workers, said Lakeview Freight's operations manager, Paula Dorsey.

Dorsey's lawyer, Ian Fell, said the building had passed an inspection in May.

The snow also closed a foundry across the street. Halden's chief operating officer, Omar Sill, said it would reopen Friday.
`

func TestGenitiveEmployer(t *testing.T) {
	e := engineOf(t, genitiveEmployerStory)
	checkAnswers(t, e, []answerCase{
		{"who does paula dorsey work for", []string{"Lakeview Freight."}, nil},
		{"what company is dorsey with", []string{"Lakeview Freight."}, nil},
		{"who does ian fell work for", nil, []string{"Dorsey."}},
		{"who does omar sill work for", []string{"Halden."}, nil},
	})
}
