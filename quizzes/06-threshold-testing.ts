// Quiz of lesson 6 (notebooks/06-...): testing with a threshold, accuracy, ROC AUC and tuning
// the threshold. Choice questions are sealed (see quizzes/README.md); their plain source is
// test/fixtures/quiz-keys/06-threshold-testing.json (`npm run quiz -- seal <that file>`). The
// numeric keys and the code exercise's reference call the library.
import { binaryMetrics, bestThreshold, rocAuc } from "../src/eval";
import { choiceQuestion, codeExercise, defineQuiz, numericQuestion } from "../src/quiz";
import { formatNumber, formatValue } from "../src/quiz/format-value";
import { randomInteger } from "../src/quiz/random-inputs";

const SCORES = [0.91, 0.35, 0.78, 0.52, 0.66, 0.12];
const LABELS = [1, 0, 1, 1, 0, 0];

/** Lesson 6 quiz: 5 choice questions, 2 numeric questions, 1 code exercise. */
export const quiz = defineQuiz({
  id: "06-threshold-testing",
  title: "Lesson 6: testing with a threshold",
  description: "Deciding duplicate or not with tau, and measuring how good the scores are.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "At test time, when is a pair of questions predicted to be duplicates?",
      options: [
        "When the cosine similarity of their embeddings is greater than the threshold tau",
        "When the cosine similarity is smaller than tau",
        "When a softmax output is above 0.5",
        "When the two questions share a word",
      ],
      select: "one",
      salt: "1cc7955ada657365",
      keyHash: "40a353cdffc22688305360a200a6017ddb343cb9680991bba51ba8c6eb271859",
      feedback: [
        "v1.FZBaaJC-tMbnB7kmBzkAb03KcBBGXYxnEWS2bxbeTQ0Y4sxNnrjW-Efv9F0-TWZKthz9BFov6i2caom1qC5_4JAY_vZUE-bv7Xc4k416Cbw4sFaN9ikbkYwPCl4ddoT5Ivd2LWSCB5JkuRBUF61KQA7o8u8W6tyCiRv08zHIFE4",
        "v1._uRly6dmJ9fOkIRsBdACQ4UbIoeend7nMtvwRiy-uErZobVj8vf6EHJWoftKXFnCv8MQrEK98xo2cTP_FBQXm_PflMshwSBYqs0KAi91saqKFPT2Qm0t9zniFfkWb0I4KYMaKJNzhfXE4r7fYfftOELZz6ZdROJr_dSd2MqMPMM",
        "v1.HUpSNXLB7bqVOtJRdYrMFov1erlGHQEClJ0FmGSp1Cgo4EIaBf3YBAqsFeIY9RuOJTvxd00Y0TcvTkLCFtGkPONlIy7mrS9KIe1f9S5p8DmtI2MaTbk_rSxS6ybE2ZospCK8YJcdIhiyeeGFKBmdEVkbYOGyTHFfP3Q05A34RPs",
        "v1.5cGRWZueq9rtnexYkknhkUlHjN-2ecl1XbskUXNciG4G3HVisuiFJZ-AfEZl9bK4IdJlUc47OAnVH9tiihUnnlc-IDP4YBeW2jrV8kPDI7nzeyij8Z-YHcC5t-rDq6LaYTYateY4eNgAgsxZvRXY2mKNwW_p9i3pqaQm2E_Jj2o",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "On which data should tau be tuned?",
      options: [
        "On a validation set; the test set then reports accuracy at that tau",
        "On the test set, to get the best test accuracy",
        "On the training set, and never checked elsewhere",
        "Anywhere: tau does not change accuracy",
      ],
      select: "one",
      salt: "061d9bfd772923f9",
      keyHash: "27789a1a1b16bdc34d7aa7dcaf12a2737606077cc6e9519117c10618ed266926",
      feedback: [
        "v1.mJ59BPUp0JZpYPwvNh2boiBb0R1xs99BzyNlDiP4Cird0Ri4rqJ5l5M7tjp-axv6fT396WI3O3RWPSCmFJtjKv4dB9ShjDXWvjkFj8bA3DFqnO7X-3PSueeRYnVjMsNGXnOIqC92FCln8r2pGLroXdnnjxESJoVTZOCqZ2c0V6BkGh9aqloDmUBk2PF8u4uN",
        "v1.afWWmTkDEbGdVuPdS26ek6q7O6tlhKw2qK2h_a3Jp1ivgXiL_yIboYC6UH0DUPsqM4G-Wcke6DL9TGTJIsHVQJGSJqmUa0HS6fsXCnU8DDhwGv27uDx8R8cBmxjHfFqBF9GD7_JPVYq6AZlJbVJHGjrF2lb2EAtLUys3gGKMRftWkswJc2-2o9rOUqrpN7qs",
        "v1.R1YZ53AzvCarMSSs433593qmRBTDz4aFUrCp4H6ohKLgNOmju061UeGkvoEKh_JvMszQuYyGd9e8IJ5KNtyOSsW4u6Dxfvy6tTlNrQu_A6ukOTFscYf04plFJ425vKMwdGVOxq_-cxqXbu0QHmAYIGQwI8EB5YIiMzlRj24s6vJIz0fLT8xcrXCdToPU3K6W",
        "v1.vtHA2k02IX0ggM81tfJMmTr5e9JvtznOP3NWmAKqQr00ZJuffXt-M5Lk1_4E5iAEpoLgPdY4-xjRMEy9Aim_GtpJAyx63w8E231pOoZtjkvKAMSnXQ18QpH0vV1rSgElqpVNcRpdnpnHBNZ7wPRUtFIc3d-3dEH1yJNjJNTzkZrsOWXl1E09B22le05TQjC8",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "What does raising tau (a stricter threshold) do?",
      options: [
        "It never increases the number of pairs predicted duplicate",
        "It tends to raise precision and lower recall",
        "It always raises accuracy",
        "It changes the embeddings",
      ],
      select: "many",
      salt: "3de1de2b447bd39f",
      keyHash: "672fa380df343421985baaa84b4b1e6c596a240301ec1f57083cf8893302a7b0",
      feedback: [
        "v1.7CL8p2gfbUcTlLaUKZ560xSH3qgToIwS17cBP27syr0eKxLzSZTEGzZWb7D4SzJ9evzaw1wuAUGtRPtWbnMK97Gz97MAmQukOSDi_juaiHojj2dLLpmPHhyutqXzTpd04m5e9XK0-A2DmMt9ClihIy0NPLi5qzRpDdEctvBJPgZX1NiddOXT7dDoACVflb1yIqUSJvExKDA4H3LoaqhgPw",
        "v1.e9WO8doktOIw_mnWQvW-yMEE34nKFLZsqL-DG9msGqvIvH18-zZjB-0uXTQrkSJPTHFGY8Znimq5I7S_ekWQ2uB90swmDNK7kjFzjDQ25nKv1v7vo6cxrQOSR8oFxmf15hm2VfQl-zq3EPSzrVuXQtL-Ns_mqA9yeXy6SXOckFcZ9zos7m89ulgwfeZgu_45I8UHGvIb2HirRNrbTsC4RQ",
        "v1.N1o1Q_udR63kwUbBEyWviG5HSuKQHKkN6d5-TwNHpuC6Eipr91ytRoBAQIvYUf3ATmivvh7e3ezHFRWBvNP_fXGfmSnDfNPJvJxknZmIM76f5r226x-EyRAf6F0iJ0d7_Zf3ian0DFn_emILDCTeI1gw-GuIW2e-2KOGlDOHLe7ts3EjzczlEi_t_UEUC_gdhNXkhdt5lPdbKPvFxQjVlA",
        "v1.sxMU1eOmxzxv2ckpzzitOYm0hFbE1108xTQiuv41M6cN59KLkJkbWbUzNv-ZsQTuSVLKrtAhbrtZ4yVg4Et2C3-53uZl6i72a45uBG7Xupa3uTuw9SSzeFKhIXTEYm-PMfVWTUWwoLOSPAGoM1qrrq7TV64PuUPqx44ofEbKGHSqbKKS670NWOiMSHOg9cHSxW8pX0Y6VgQmv0Y5jfzMug",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "What does a ROC AUC of 0.5 mean?",
      options: [
        "A random duplicate pair scores above a random non-duplicate pair only half the time: no better than chance",
        "Half of the pairs are duplicates",
        "The best threshold is 0.5",
        "Accuracy is 50% at every threshold",
      ],
      select: "one",
      salt: "2ea2d3e42d0ac23f",
      keyHash: "5dbedc24c502a860da4d51e82d47dd72b9a4b6d09af1aaeb99f83caf423d611f",
      feedback: [
        "v1.J1zFbEVQJyHIgOOO5j8CjaqxonqcjyAl74X4wwMHS86cJdtcjbZxvsSGnNd9laEo55d11__fNHMvMhQugyxY5VANNikcDOB99xg8DiVzHcMsD8weiHWd9Cr3zkBnBdCWotY7Etpx0EzxVI2DALwQ6Z-KRxtmGhDZ7Tsl_NctPmQO9jkRLR91qVEV_LEwYfS0",
        "v1.4QtaLn5h5EqKAXpYMYyxwfHe-a8Df71obBmljsnX4B2nliG04FiF8giZHWlrRJHMPqEZisO5IrjN3ACDrpRY1VHbpWjBnva9hu8KINmpP1G0DJNUKZis6qbw5YBnR32f-E3jgS6Ri9thY1gpHKw0sHxdiYhgdtC3OhyW7cVLQ33Bc9X0xTXdcdc_4gJHWJ6J",
        "v1.Lil6q4A0-AiKuITC0dhOJU9CMuuvgqUk5qqz9ciJm7242h7pA_Urga11eKhAQl_xAoYp6gtMLXGwVbQFaRtDWwJSDIqmYuI33e5q6FkPK-2ed9VFllzWvNFmbklE8X5PXdj42MKpLBqxRoejzqCp5UCga1owcxXSdociNyo0GdkgyN2jx5Q_3xPZ2MJLVI1K",
        "v1.pmyafJfAz1AOzZ8RylycOvE6bEk3z_EDWt0CMG9V2H2uiidvkbVm5xaOZ-A4jyNeDGRdY4choAzirOsqZkgL4UEeF7s9zXETzdT6fpK_3a_DZYCTJBg1xvBhiBFbHCkxwVJ-0r4iTq-R9VhCV_cQMBNV4M1K9vTgR2rKC20D6AT7eXHpfI5UuS3JiB0gIjkW",
      ],
    }),
    // Question 5
    choiceQuestion({
      stem: "The second lexical baseline adds WordNet concepts to TF-IDF: each content word also counts as its first synset and that synset's hypernyms. Which pairs do both lexical baselines, with and without WordNet, still get wrong?",
      options: [
        "Contrast pairs that share almost every word but ask different things, like turning two-factor authentication on versus off",
        "Paraphrases that swap words for their synonyms, like 'buy a car' and 'purchase an automobile'",
        "Two copies of the same question",
        "Two unrelated questions from different topics",
      ],
      select: "one",
      salt: "579e65827260255a",
      keyHash: "049992f58fa9b0322b24f6f57a308c259b2d609514820d9db7dbdcf376d13272",
      feedback: [
        "v1.zLThmklEgy5W-_lkq9YnNfD00lAoYri9P3ZoAQ1gzIl6q7AAfrdIZqzTFazcB6GcYPgdAIkmNX3GHuGX54mzVwlit1Y8sPoSZGfTLcrQDTzxOA13x3sWNwlpMUXikubmmSc-qQuziX9shUpgWOVvPjQoYLEf13dVd-Pi_e6jkUdARR4C_RleZLAmmCOs0GjOHlsMxZBYO9_DaMzO3In56R6M2j7BJQUnYzN78IY7_Q1jqXN2rlPgByYQymWqzCyXjPoiSFK8B9f8Ci5h5lsVrStnZ6Wr5SRNwXsUepTOgDpCDPRiHo5Kdj1WOYoDKhJQXGcfhY1WfN5SuCZ326L45ia0d9vi830p91vR4Gg409f4Cp07afOqy86ITyEmGuuMeenJt1Ac1Odb4TWH5dzFxQ",
        "v1.If-g1oNWo77E9lWg0Eg10ZHt89JGFo4Ef9FStev22nSUejmvkFlC0K5OtNruEelx-XL0SqObHX1OalLC7L_WXLxuLuQPGoWiD3nJ5QmbRwdRKWJKb8okFgyTalHPYQ-JdH0b7yC0km4Un_8KC_1uw0mRrnHcKo6ZjZ2wSC1g1VM_n6ZXlkqnXBGAnoJhj0mvqV9pa_l9R34u7G6nCJ3iuua0dRW3gh1PhLrtCYA3v8OnMkeevTM-drcpv-g7hSLXiWgD-GD92K_oI4OIj38v9OI7vhCIjaTgMnvMdtOdnaBCZxerUq8LqnQM-xcScdFB-Cju5MII7SSpNFeIxtH1NHxA6at1ZS2rgIvwnzHOQuiK1ILddSsGAhNxf7J5iLwrM5YvUzD1wVeHrob5cZMcRQ",
        "v1.0Wje3411AOZj1aDsjJ-j5mY8q9POhbr30urAa7SCTqGn0Jnj8XdGgz70KRa3LbzYDf7TNZ4n_WtRIwc-hJHi5oSed-jpljmcGG9zNHbp-jqZSOe4gyS84fu5hYaEcaRmJ_xFkkwhbMtBLgt6UqJPCa5kbD7O6wxrsY6TgNFxSSaALQKyZtn7F0Lr4lXHvQIL-n7eOMVwryDcp0mulmVRdIJ5__Il4A8zzX4HGSopJMZ78GsuOD8WQASfviFCVdeK8RxCYOBpX3dSL-f6sH5riB2OxyBrq9rlAxWXpUBmbqCd4o2yLolEZ6rcIYyv2xRn3eMqg7DGjxFWXTc-0taYyT3mZ72KeIZQmssFXxBApTAZBl3wk17M7a7pdBJpevJQgr5UoGqDwTyYjdJtGllpkg",
        "v1.-tNcrNVsrYzq5KocYs1SpD0eWDdHDtMlf0qrFkn3xvIOj0I8GupZU-Id9ktVedgKRnV6O375EESvW9WoecX-3b5F-8pbz_CJng6s_EEsVCmeYuJqnCZixfVPO0jMZ4VsV-7aNeEyG7VD2p6HEqJWW9uBGzeM-eusNcgwYGwfBHceD5ty1URCezbc79JvRhneV0PGuWYiQ9eyFPJbZs-xacSSjit-U8umLmPDSJQoSpGhNOO2DL3KzLcTQhhGhQo55TxJ1-oAeioNpAmK2Rz3Av85KWaykmJKiw2teR2mgYd6MVG1FZewjVWTcE9R6Tt3DLzt5VqLaVGcdunpmFoyzHbX_Zx9svqmaOI4YuIv0nUjq932Ih9dXB-P-SCCw94-kMA1MzVlIDQv77FiOTukoA",
      ],
    }),
    numericQuestion({
      stem:
        "Six test pairs have similarities [0.91, 0.35, 0.78, 0.52, 0.66, 0.12] and labels " +
        "[1, 0, 1, 1, 0, 0] (1 = duplicate). With tau = 0.6 (duplicate when score > tau), what " +
        "is the accuracy, as a fraction between 0 and 1?",
      tolerance: { absolute: 0.001 },
      answerKey: () => binaryMetrics(SCORES, LABELS, 0.6).accuracy,
      explanation: (key) =>
        `Predicted [1, 0, 1, 0, 1, 0]: pair 4 is a missed duplicate and pair 5 a false alarm, so ` +
        `4 of 6 are right: ${key.toFixed(4)}.`,
      hint: "Predict 1 where the score is above 0.6, then count agreements with the labels.",
    }),
    numericQuestion({
      stem:
        "Same six pairs: similarities [0.91, 0.35, 0.78, 0.52, 0.66, 0.12], labels " +
        "[1, 0, 1, 1, 0, 0]. What is the ROC AUC of the scores?",
      tolerance: { absolute: 0.001 },
      answerKey: () => rocAuc(SCORES, LABELS),
      explanation: (key) =>
        `Of the 3 x 3 (duplicate, non-duplicate) pairs, the duplicate scores higher in 8: ` +
        `only 0.52 < 0.66 is out of order. AUC = 8 / 9 = ${key.toFixed(4)}.`,
      hint: "AUC is the share of (duplicate, non-duplicate) couples in which the duplicate has the higher score.",
    }),
    codeExercise<[number[], number[]]>({
      stem:
        "Write bestTau(scores, labels): scores is a number[] of similarities, labels a number[] " +
        "of 0/1 (1 = duplicate), same length. Return a threshold tau that maximises the " +
        "accuracy of the rule 'duplicate when score > tau'. Any tau with the best accuracy passes.",
      functionName: "bestTau",
      signature: "bestTau(scores: number[], labels: number[]): number",
      argumentNames: ["scores", "labels"],
      starter:
        "function bestTau(scores: number[], labels: number[]): number {\n  // try thresholds between sorted scores\n}",
      fixedCases: [
        [
          [0.1, 0.4, 0.35, 0.8],
          [0, 0, 1, 1],
        ],
        [SCORES, LABELS],
      ],
      randomCases: 20,
      seed: 606,
      makeCase: (random) => {
        const n = randomInteger(random, 4, 10);
        const scores = Array.from(
          { length: n },
          () => Math.round((random.next() * 2 - 1) * 20) / 20,
        );
        const labels = scores.map((s) => (random.next() < (s + 1) / 2 ? 1 : 0));
        return [scores, labels];
      },
      reference: (scores, labels) => bestThreshold(scores, labels, { metric: "accuracy" }),
      check: ([scores, labels], actual, expected) => {
        if (typeof actual !== "number" || !Number.isFinite(actual)) {
          return `the result must be a finite number, got ${formatValue(actual)}`;
        }
        const best = expected as { threshold: number; value: number };
        const accuracy = binaryMetrics(scores, labels, actual).accuracy;
        if (accuracy >= best.value - 1e-9) return undefined;
        return `tau = ${formatNumber(actual)} gives accuracy ${formatNumber(accuracy)}, but ${formatNumber(best.value)} is reachable (for example with tau = ${formatNumber(best.threshold)})`;
      },
      tolerance: { absolute: 0 },
      explanation:
        "Only the order of the scores matters, so it is enough to try one tau between each two " +
        "adjacent sorted scores (and one below and one above all). siamese-lab's " +
        "bestThreshold(scores, labels, { metric }) does this in one sorted sweep; tune it on " +
        "validation pairs and report on test pairs.",
    }),
  ],
});
