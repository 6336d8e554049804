// Rank the bids of a public tender with the club's tender grid (frameworks.efcTender: EFC
// quality 70 %, price 30 %, scored lowest price ÷ the bid's price), with a justification
// per bid.
import { frameworks, rankBids } from '@club-inne/core';

const { ranking, lowestPrice } = rankBids(
  [
    {
      id: 'a',
      label: 'Coop Mobilités',
      price: 120_000,
      answers: {
        'usage.performance': { level: 3 },
        'effects.usefulEffects': { level: 3 },
        'evaluation.plan': { level: 2 },
        'coConstruction.territory': { level: 3 },
      },
    },
    {
      id: 'b',
      label: 'Transports Dupont',
      price: 100_000,
      answers: {
        'usage.performance': { level: 1 },
        'effects.usefulEffects': { level: 2 },
        'evaluation.plan': { level: 1 },
        'coConstruction.territory': { level: 1 },
      },
    },
  ],
  frameworks.efcTender,
);

console.log(`lowest price: ${lowestPrice}`);
for (const bid of ranking) {
  console.log(`${bid.rank}. ${bid.label}: ${bid.total}/100 (price ${bid.points['price.amount']})`);
}
console.log(ranking[0]?.justification.en);

// Prints:
// lowest price: 100000
// 1. Coop Mobilités: 73.75/100 (price 25)
// 2. Transports Dupont: 52.5/100 (price 30)
// Coop Mobilités: 1st of 2, 73.75 points out of 100 — Usage performance and commitment to results 18.75/25; Useful effects and externalities 15/20; Evaluation and reporting plan 7.5/15; Co-construction with local actors 7.5/10; Price 25/30.
