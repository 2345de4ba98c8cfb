import * as echarts from 'echarts';
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 360, height: 160 });
c.setOption({ animation:false, grid:{left:8,right:8,top:24,bottom:8, containLabel:true}, xAxis:{type:'category', data:['Iteration 1 — baseline','이터레이션 2','It 3']}, yAxis:{type:'value', scale:true, axisLabel:{formatter:(v)=>v+' ms'}}, series:[{type:'line', data:[1,2,3]}]});
console.log(c.renderToSVGString());
