// Quiz of lesson 3 (notebooks/03-...): hard, semi-hard and easy negatives, and the hardest
// negative inside a batch. Choice questions are sealed (see quizzes/README.md); their plain
// source is test/fixtures/quiz-keys/03-hard-negative-mining.json
// (`npm run quiz -- seal <that file>`). The numeric key and the code exercise's reference call
// the library.
import { batchTripletLoss } from "../src/losses";
import { choiceQuestion, codeExercise, defineQuiz, numericQuestion } from "../src/quiz";
import {
  makePairBatchCase,
  PAIR_BATCH_FIXED_CASES,
  type PairBatchArgs,
} from "./shared/pair-batch-cases";

/** Lesson 3 quiz: 5 choice questions, 1 numeric question, 1 code exercise. */
export const quiz = defineQuiz({
  id: "03-hard-negative-mining",
  title: "Lesson 3: hard-negative mining",
  description: "Which negatives teach the model something, and how a batch finds them.",
  questions: [
    // Question 1
    choiceQuestion({
      stem: "An anchor's positive is at distance 0.5 and the margin is 0.2. Which negative is semi-hard (d(A,P) <= d(A,N) < d(A,P) + margin)?",
      options: [
        "A negative at distance 0.3",
        "A negative at distance 0.6",
        "A negative at distance 0.9",
        "A negative at distance 1.5",
      ],
      select: "one",
      salt: "885ed440e0374d10",
      keyHash: "7fa8305bcb3a34035df9fa4289a1a76d6e81095f71bf2ddcae5653e040b08743",
      feedback: [
        "v1.QsAOL9_B_zgtcS-RThkDnFWPVoWBTHkl2a5J8kUNVvqG5286eXBIZI7AXRSCBQhlnRTFrwKeg8uS1FBieU_F7WxOFb0Fl_juq8th7ppl5uYS-oNdvle9RiMU0h242hrE5rH0mfCGEYF5jaKnTL5_go0HjM5hDFAtxQ1kKUpEpvHRqgrV9GUHqayf13t311SR",
        "v1.GH7AdyfKbMSI5PN4eqjm1s9rfjluixvdBT0pvPlG_zhowjDo-3DNig2ofEsOiZ0hG0vvib7Z67GbhFwYsc_XCYmmncoIwda6fcjJ1NNXu_eTtc2DhydRwUM5UHcakwXBIzytgXdEOpuLuAS53MhOl5Vx0RldYJe_kRvT7gFvgrPc26wy8gqQ0w_oT7EcsPyJ",
        "v1.H-sm8TjMLGiEZsJiUtb0yUIPjuMgvXQokVila4q4Pe0Z5Q1k_RbE8yKSIoK0YFS3NB4VIvWVky-MYMFzVKq7VASTwNw3nrHXYBszOHpmLV3jUtVx8NsaFgPEz-Pcm0GPjC2_gi_pUXp1vI9J86shnc-1XZC2rfntDz0eG2ikF9MTApWMqwUApddOnzEwmBLp",
        "v1.eL9zCcM4eBXuaszWbB3Z_Tkiz7Q7VSFY9WZdHCf0EvLydpFQAIZ4GHgE479LSJ1ZicSwK82pdVOlB_z-8Gq1G3YuP_11-jfOTymAKporBqTA1KDnHvksbX8dRf3EC-Ks6mimWOxHs_zRKSipzSprJWertTM6vrKruuuEDRjOQEzuUSsaJMus-LdA01afxLj_",
      ],
    }),
    // Question 2
    choiceQuestion({
      stem: "Same anchor (d(A,P) = 0.5, margin 0.2). Which of these negatives give the triplet a loss above 0?",
      options: [
        "A negative at distance 0.3",
        "A negative at distance 0.6",
        "A negative at distance 0.9",
        "A negative at distance 1.5",
      ],
      select: "many",
      salt: "31e774df26b16725",
      keyHash: "9276bad2d4f2970466c33e685a069e7e0fb3f795208f51cd6a0a036e3a891ef9",
      feedback: [
        "v1.PSCIr8Rpw3Wuzib4xDcU-d52iYrT2EHohud4arVuBXONM8Xb-_vF3LXtICGnHW_im67n7qIBPQeTzz_fnVhkufyfP-Css7PNS-Ix93PvrJykq_GvDac8tas2uExl-XET-fE4tlnhtwRnnA1humo9crnKcKREGs63kc0m7_VaHQU",
        "v1.PXqt3V_qYoifN6pnBYhyan1lYPD_V8CKGIDECQJcfumcyQ3vwhjYEukFsIql_tqSK5wYqIuGHtIlAImU1Y1AGh1uNvKPQupyY6XhwJl8YDSppPNOtN-vqPwtLuGLivnO3aMhru94wbb9afintLum-OTZSt5y2vsow-Mhs_iDMcs",
        "v1.8OcbVYGOWZXygR0MPlnMnzh3c8-G8HMT5HntEL497n7x5zcefPUiBqUfry4JwzoDA7sNVAChmXH_EcwFZrXkuzp_2-F41jO3we0wtE0x31hb3Ithid3-8kmrusQgc3osj5umQGS23wMLdwrsl6IswQANgb2YkF336Xe-EOeduW4",
        "v1.Tbi_NWhrCTrfbIK37gYXicfmu48EM9_UXjl-kTawbAUuii67i6e1e9NU061kKrk5Ee3cSBBz4U0itEH10ofe-fwE_vL_1stjQluilzEPZI5p4qnU6Zbzud4L4GVEp6Q5zOy0Zim9XgRJ1iFB_rYEcI4y0_nysiaKD0amm8oRjvg",
      ],
    }),
    // Question 3
    choiceQuestion({
      stem: "In the course's in-batch loss, S = v1 v2^T for a batch of duplicate pairs. Which entries are the negatives of row i?",
      options: [
        "The off-diagonal entries S_ij with j != i",
        "The diagonal entry S_ii",
        "Only the entries of column i",
        "Every entry of S",
      ],
      select: "one",
      salt: "604fa3643e4e2bd6",
      keyHash: "93284e3ad46312fb4321af9ddfb2a4ce82e50db8b312d0fdcb8f55f326030501",
      feedback: [
        "v1.uk5V09wkFP_VyUiGvnM54A2kF8KNY58RQBcmz2C2afgzHtDUgbBQ2nMBzQYLrPk8kfE9Co1-2A4_DAS8CSQUy_M9IaKLnWTgwSTwjlM8nmNCAH_HLUzYcvbR1IKgJNzQQ6yKILdKBoq08s8OFUx19HYobT32D8FwG0OrYpNjofsnUnB0e71KhD1qfyYZrlCh7cDDCaHjU-iBUk2MSvTVMg",
        "v1.MUoVsHz5OdWFRCdnaluOTwF0Xrbx5VEV5wa5gk7ufrEh7_-td5EQ1b8PRvBTkevh-525ylrI_EeYz5yMQ18iB6cKTU4MeW4qWW2XLEajfXddPH6nxgrC7sdHbNkkEhh_DxQ1sMXyBPuh8Y4stJLnq4qGDE0BCiEZY7j9KHaiE516eRH9dnO3W6zxclV-6QYTjfMoPDVYYyCMJ4VJaT_0Ug",
        "v1.yRCsYOqcGkdYyH8iCcBzLOl6ABLLh8ujiyNj3E7LZOJosTBJJM2LimkP7-DK7x9KogP-b7rTd56qBdvqw5sgMsVktScsK22rTXrZ-XRsHAJv2yF5HGERy9f5KJjHHgWSxt5ulcQSvx_31rIqGKS2DaZvPVZEUmKOdshAONhadVgT4ssF7_W4KsamwTsvfeVV7Hzr9wTuYRC5NTe-fZpMxg",
        "v1.ZzX7J10x1M_lGcpC-EZ1Qkl0mQJpeJJZWXBR5mxF7lv00CffKuu4Zr4DlRcnM_qk6PN4i4jImgD2MTjVkRJCR63qgN6Te1ogcZZm3obQ_Z33F3OKo3mQC-SPHGQ_K7qR1ZxGqxj_MypWd5wwCVf5aUF1G75AxfzmxjDCd3Oc99Yzshat1_vms1TKLkAQnYWiZ_1LqcJ9__gZXfCh5KhNeQ",
      ],
    }),
    // Question 4
    choiceQuestion({
      stem: "With closestNegative 'hardest', which similarity does row i use as its closest negative?",
      options: [
        "The largest off-diagonal similarity in row i",
        "The smallest off-diagonal similarity in row i",
        "The mean of the off-diagonal similarities in row i",
        "The diagonal similarity S_ii",
      ],
      select: "one",
      salt: "28a342faf09afc3a",
      keyHash: "33c55df761efbc5781529e65589a94606f083251c094c50cce157b4c37f2f3b2",
      feedback: [
        "v1.h7XaQOKe2zKFOLAXjPWUjIKtqmbKzO0Ns9nTAIma5BTqWaqv-xkcxMhZ3g0iz3_f5Q8ZlNsGsx1pyaIJVLqmkedmtkCOBGwPz02VWb6jQWFJuc_AnyKVzkwhEuacYuaB2Yd-epR7tc5kA_RrfYMCkg4masMIAJQhAQKJCiLZabguBMlwwmbz0hBlnt1L3bY63TfKxs3X569yR4tl36jprA",
        "v1.Lmz_bEGf21b7izUjjyR_gptgE5vp53i18H_5vUBpHnPueG95AE89D9xpPiz6eINDYEY_QC1Gcr9pe8J9XJUZx-myi50w94-VrCSFHPvidwcR42Z3n8V1PDJx-wi-7NsiW0mf5yAm59A3CXYM6hF40pYR1eugezwxxbYKo3Z6cDvm-cUC1KOpzmhFf5lrDk_6km7iDehHs8OEwb2Ub1OP7g",
        "v1.kNv2LAR1MeJwYmxSQ0EWNO4cpPwvS3Rbx94uyHV_UMFZVFL2P7unuXFnXwn_8M3zhNJ6brUJcOnq6-Ih5T-3n6Hb-1f4GkUid0oLgsp3aOJ2QIcc-tKPoylxNqfF6NGZksw-9BMeRG63akq2_JrlTXsFM4yBgy0J-Ou7aGfFjP1bBkdNG5BX-z-hwMZ_wHHia5k7e1WxhvdwlrWQNH7Kcw",
        "v1.WFk5Lymzj44DTAydHLvSYtbjLgbO0KFVUNKUh0nzVjdOPmWyo4QB4CsnlBxGzfoGu4PyuYgDvkpkH8YEV1flNEU-LHlgtasWRKoXiha0fpU9Y2Qz7owLpFKSRYr6dBSk70j0peljUlQWrGXGLtf1yUkwVBG9uECWIUwXzEkY4_V-weKNZ5ishbdevoxRAfbIHTeVJO37fSZvoqSSr-wbIg",
      ],
    }),
    // Question 5
    choiceQuestion({
      stem: "Why can training on the hardest negatives only, from the first step, go wrong?",
      options: [
        "The hardest negatives are often label noise or near-duplicates, and early on they can collapse the embeddings",
        "Hardest negatives need more memory than the batch holds",
        "The hardest negative always has zero loss",
        "Choosing a maximum makes the loss non-differentiable, so no gradient flows",
      ],
      select: "one",
      salt: "98082b8cc4f286bc",
      keyHash: "3f5ea34f4b1d8860fddafa69a7fc1c278697d54b73c902d74b87630cc97fee7e",
      feedback: [
        "v1.8NXe_BTJbfd7uQ0v1VajKfsgqoPUniuHyzW408UuLugzbb1ICADh6ce7OL1jv7g-JknerWtGx2MHQ0Dtu9VgFZrv8H7IzAoeyV6EUQ2XScCUpq6vpJ5z6u04sKGRnjZUKRHW6YG1UT9A6693kImP32E39o_LUmEO5QpBvEcNyUpkwFoXFhPYDRuLrhWhBmQk8Dk9kFii4pSoQwNpgRaltV542Yn9UAIwrXBRuEuOcsTgKxkBf5n-xrjf-URncDz1",
        "v1._UdQqwZr4Zyg63NM1Zuo8pfI4YOxp1_dB1dCLee1rHs0-TqW8_P7JuB_yGVS-O8PKywvWVsTlHOaXDnsGpK6cGPoAiOqGE7PpMcXZIwrmxS8DyqpGcjoSJ606ENDDEa7-8-EFSUXQqAFN8dnkoC7kiXEJTfwQR2_Yp1h0idzfDvo3CRqMMmeDBFpthbJJACPgKIM7OVyJLfmb5JGRX3gt7mazDg4aSU7EiubUWY7-svn-1q35rh3OQYRoeDYS1gl",
        "v1.MVln28KnLC_Uw6m2_UKGbwpX2Ie0JSxqcDRAbMKalFviMv_XPJqyE39loFdhqWeFfjoYKFNZ91_KtDfCt7ByIRP8Vm4E6XPlsTVKjQPD3iXYYdbS9xK_gLYBZCltJQZo0SHDtnosdhXxU4QEywpdv0cy0dNw5wOzQ3KYindksAs1VOVygvvxxB7uFqbjM4elZecKPKXQwmwWGZ6qMA_lIG48krhBd8fxSkZ9lhLKCXMcoSvx0VgsJ9qMLXER7jmH",
        "v1._02JpP8lzc4coON9PBcGCGffctgyEcMQb_cfhvEXtO169iKSAbP4CInVpcuqvvb1dzI4x62ArblTiuaRgxjqHxSD2XUm9cXEIshMGT_wabeuQuzvXGscVZXheOOtublg93DoS6bFUsPdSWBaAci2X9sm28qP1qNgmz9qJJEV9F3E1oIcvkvPdjHC6LUHF6mxhgN1p1oyNeywm3rJbHmKeM4g0w0il_Omzrx0VoXHyJVGlKJsE7b43sFIpTJLLYlI",
      ],
    }),
    numericQuestion({
      stem:
        "A batch of 3 pairs with unit rows: v1 = [[1, 0], [0, 1], [0.6, 0.8]], " +
        "v2 = [[0.8, 0.6], [0.6, 0.8], [0, 1]]. With S = v1 v2^T, margin 0.25 and the hardest " +
        "negative, each row's loss is max(meanNeg - pos + 0.25, 0) + max(hardestNeg - pos + 0.25, 0). " +
        "What is the mean of the three row losses?",
      tolerance: { absolute: 0.001 },
      answerKey: () =>
        batchTripletLoss(
          [
            [1, 0],
            [0, 1],
            [0.6, 0.8],
          ],
          [
            [0.8, 0.6],
            [0.6, 0.8],
            [0, 1],
          ],
          { margin: 0.25, closestNegative: "hardest", reduction: "mean" },
        ),
      explanation: (key) =>
        "S = [[0.8, 0.6, 0], [0.6, 0.8, 1], [0.96, 1, 0.8]]; every positive is 0.8. Row losses: " +
        `0 + 0.05, 0.25 + 0.45, 0.43 + 0.45; mean ${key.toFixed(4)}.`,
      hint: "pos_i = S_ii; meanNeg_i and hardestNeg_i use only the off-diagonal entries of row i.",
    }),
    codeExercise<PairBatchArgs>({
      stem:
        "Write hardestBatchLoss(v1, v2, margin): v1 and v2 are number[][] of shape [n, d] (n >= 2) " +
        "with unit rows, row i of each a duplicate pair. With S = v1 v2^T, pos_i = S_ii, " +
        "meanNeg_i = the mean of S_ij over j != i and hardestNeg_i = the largest S_ij over j != i, " +
        "return the mean over rows of max(meanNeg_i - pos_i + margin, 0) + " +
        "max(hardestNeg_i - pos_i + margin, 0).",
      functionName: "hardestBatchLoss",
      signature: "hardestBatchLoss(v1: number[][], v2: number[][], margin: number): number",
      argumentNames: ["v1", "v2", "margin"],
      starter:
        "function hardestBatchLoss(v1: number[][], v2: number[][], margin: number): number {\n  // S = v1 v2^T, then one loss per row\n}",
      fixedCases: PAIR_BATCH_FIXED_CASES,
      randomCases: 20,
      seed: 303,
      makeCase: makePairBatchCase,
      reference: (v1, v2, margin) =>
        batchTripletLoss(v1, v2, { margin, closestNegative: "hardest", reduction: "mean" }),
      tolerance: { absolute: 1e-4, relative: 1e-4 },
      explanation:
        "The mean-negative term pulls every negative down a little; the hardest-negative term " +
        "focuses on the most confusable one. siamese-lab's batchTripletLoss(v1, v2, " +
        "{ margin, closestNegative: 'hardest' }) is the same loss on tensors.",
    }),
  ],
});
